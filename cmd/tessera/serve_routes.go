package main

import (
	"context"
	"log/slog"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/oracle/oraclehttp"
	"github.com/tessera-rwa/tessera/web"
)

// apiServices are the domain services the API is served from. `tessera dev`
// and `tessera serve` both build one and mount apiRoutes of it, so a route
// added here is served by both.
type apiServices struct {
	Log        *slog.Logger
	Oracle     *oracle.Service
	Issuance   *issuance.Service
	Compliance *compliance.Service
	// Audit are the auditor's routes (auditRoutes): they read the chain
	// and the records, and need no service of their own.
	Audit []web.Route
}

// apiRoutes is the one place where the API's route set is assembled.
func apiRoutes(s apiServices) ([]web.Route, []web.PublicRoute) {
	var routes []web.Route
	var public []web.PublicRoute
	if s.Oracle != nil {
		routes = append(routes, web.OracleRoutes(s.Oracle)...)
		public = append(public, web.PublicRoute{Method: "POST", Path: "/ea", ContentType: "application/json",
			Summary: "Chainlink External Adapter: {id, data:{asset}} answered with the value the relay would push",
			Handler: oraclehttp.EAHandler(s.Oracle, s.Log), Ops: true})
	}
	if s.Issuance != nil {
		routes = append(routes, web.IssuanceRoutes(s.Issuance)...)
	}
	if s.Compliance != nil {
		routes = append(routes, web.ComplianceRoutes(s.Compliance)...)
	}
	routes = append(routes, s.Audit...)
	return routes, public
}

// readyChecks are what /readyz asks in both modes: the database and the
// chain node answer.
func readyChecks(pool *pgxpool.Pool, client *ethclient.Client) map[string]func(context.Context) error {
	return map[string]func(context.Context) error{
		"database": pool.Ping,
		"chain": func(ctx context.Context) error {
			_, err := client.BlockNumber(ctx)
			return err
		},
	}
}
