// Package web serves Tessera's HTTP API: a chi router under /v1 with signed
// requests (package signing), API key scopes, idempotency keys on writes,
// cursor pagination, rate limits, Prometheus metrics, an OpenAPI 3.1
// description and a docs page. The whole route table is in routes.go; other
// packages add their routes through Config.Routes.
//
// Handlers are HandlerFunc: they return an error, and Error renders every
// error in one model, mapping errs kinds to status codes in one table.
package web
