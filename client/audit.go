package client

import (
	"context"
	"iter"
	"net/url"
	"strconv"

	"github.com/tessera-rwa/tessera/api"
)

// AuditReport runs the audit of asset at block (a number, "finalized" or
// "latest"; empty means finalized) on the server and returns its unsigned
// report. Sign reports with `tessera audit verify --out` instead when they
// must attest who checked.
func (c *Client) AuditReport(ctx context.Context, asset, block string) (api.AuditReport, error) {
	var r api.AuditReport
	path := "/v1/audit/assets/" + url.PathEscape(asset) + "/report"
	if block != "" {
		path += "?block=" + url.QueryEscape(block)
	}
	err := c.Do(ctx, "GET", path, nil, &r)
	return r, err
}

// AuditExport iterates over an export (holders, transfers, mints,
// valuations, interventions; columns in docs/audit.md) at block (0: the indexer's
// newest), following cursors page by page.
func (c *Client) AuditExport(ctx context.Context, asset, kind string, block uint64, pageSize int) iter.Seq2[api.ExportRow, error] {
	q := url.Values{}
	if block > 0 {
		q.Set("block", strconv.FormatUint(block, 10))
	}
	return Paginate[api.ExportRow](ctx, c, "/v1/audit/assets/"+url.PathEscape(asset)+"/exports/"+url.PathEscape(kind), q, pageSize)
}
