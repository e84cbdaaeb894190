package api

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// TestAmountsNameTheirUnit reads every JSON field of the wire model and
// refuses an amount whose name does not say its unit: "amount" could be
// base units or units, and a client that guesses wrong moves 10^decimals
// times too much or too little. Counts, seconds, basis points and feed
// values (fixed-point, with their decimals beside them) are not amounts.
func TestAmountsNameTheirUnit(t *testing.T) {
	t.Parallel()
	unitless := map[string]bool{
		"amount": true, "units": true, "total": true, "balance": true, "reserved": true, "available": true,
		"limit": true, "remaining": true, "locked": true, "fee": true, "result": true, "remainder": true,
		"min_out": true, "max_balance": true, "min_holding": true, "min_deposit": true, "max_deposit": true,
		"min_redeem": true, "max_redeem": true, "auto_approve_below": true, "global": true, "per_investor": true,
		"gross_in": true, "gross_out": true, "net_reserve_need": true, "units_in": true, "units_out": true,
		"indexed_supply": true, "onchain_supply": true, "recorded_supply": true, "recorded_minted": true,
		"recorded_burned": true, "dealt_minted": true, "dealt_burned": true, "claimable_units": true,
		"claimable_payment": true, "pending_redeem_units": true, "pending_subscription_payment": true,
		"supply": true, "price": true,
	}
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	fields := 0
	for _, pkg := range pkgs {
		for name, f := range pkg.Files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			ast.Inspect(f, func(n ast.Node) bool {
				ts, ok := n.(*ast.TypeSpec)
				if !ok {
					return true
				}
				st, ok := ts.Type.(*ast.StructType)
				if !ok {
					return true
				}
				for _, fd := range st.Fields.List {
					if fd.Tag == nil || !isString(fd.Type) {
						continue // amounts are decimal strings; "total" of a count is no amount
					}
					tag, _ := strconv.Unquote(fd.Tag.Value)
					json, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
					fields++
					if unitless[json] {
						t.Errorf("%s: %s.%s is JSON %q: name its unit (%s_base or %s_units)",
							fset.Position(fd.Pos()), ts.Name.Name, fd.Names[0].Name, json, json, json)
					}
				}
				return true
			})
		}
	}
	if fields < 200 {
		t.Fatalf("read %d JSON fields: the wire model was not found", fields)
	}
}

// isString says whether a field's type is string or *string.
func isString(e ast.Expr) bool {
	if star, ok := e.(*ast.StarExpr); ok {
		e = star.X
	}
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "string"
}
