package issuance

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// bulkRow is one data row of a bulk-mint CSV: its row number (a header
// row, when there is one, is row 1) and its fields, spaces trimmed.
type bulkRow struct {
	Row    int
	Fields []string
}

// readBulkCSV reads the rows of a bulk-mint CSV "wallet,amount". A first
// row whose first field is "wallet" is the header and is skipped. Text
// that is not CSV, or more than MaxBulkRows data rows, is an Invalid
// error. Rows come back whatever their number of fields: a row that is
// not wallet,amount is a row error, reported with the other bad values.
func readBulkCSV(text string) ([]bulkRow, error) {
	rd := csv.NewReader(strings.NewReader(text))
	rd.FieldsPerRecord = -1
	rd.TrimLeadingSpace = true
	var rows []bulkRow
	for row := 1; ; row++ {
		rec, err := rd.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, invalid("invalid_csv", fmt.Sprintf("row %d: %v", row, err))
		}
		if row == 1 && len(rec) > 0 && strings.EqualFold(strings.TrimSpace(rec[0]), "wallet") {
			continue
		}
		if len(rows) == MaxBulkRows {
			return nil, invalid("too_many_rows", fmt.Sprintf("at most %d rows per bulk request", MaxBulkRows))
		}
		for i := range rec {
			rec[i] = strings.TrimSpace(rec[i])
		}
		rows = append(rows, bulkRow{Row: row, Fields: rec})
	}
}
