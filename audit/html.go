package audit

import (
	_ "embed"
	"html/template"
	"io"
)

//go:embed report.html
var reportHTML string

var reportTmpl = template.Must(template.New("report").Parse(reportHTML))

// WriteHTML writes r as a printable HTML page; signer and hash, when not
// empty, say who signed it.
func WriteHTML(w io.Writer, r *Report, signer, hash string) error {
	return reportTmpl.Execute(w, struct {
		R            *Report
		Signer, Hash string
	}{r, signer, hash})
}
