// Package migrations embeds Tessera's numbered SQL migrations. They are
// applied by `tessera migrate up`, at the start of `tessera dev`, and to the
// template database the tests clone. Files follow tern's convention:
// NNN_name.sql, the up statements above the line
// "---- create above / drop below ----" and the down statements below it.
package migrations

import "embed"

// FS holds every migration file.
//
//go:embed *.sql
var FS embed.FS
