package api

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// AuditReport is the outcome of an audit of one asset at one block, as the
// server runs it (unsigned).
type AuditReport struct {
	Version     int             `json:"version"`
	Asset       string          `json:"asset"`
	ChainID     string          `json:"chain_id"`
	Token       common.Address  `json:"token"`
	Feed        *common.Address `json:"feed,omitempty"`
	Distributor *common.Address `json:"distributor,omitempty"`
	BlockNumber uint64          `json:"block_number"`
	BlockHash   common.Hash     `json:"block_hash"`
	BlockTime   time.Time       `json:"block_time"`
	GeneratedAt time.Time       `json:"generated_at"`
	Scan        AuditScan       `json:"scan"`
	Passed      bool            `json:"passed"` // no check failed
	Checks      []AuditCheck    `json:"checks"`
}

// AuditScan is how much of the chain an audit read.
type AuditScan struct {
	From      uint64 `json:"from_block"`
	To        uint64 `json:"to_block"`
	Scanned   uint64 `json:"blocks_scanned"`
	Events    int    `json:"events_read"`
	ResumedAt uint64 `json:"resumed_at,omitempty"`
}

// AuditCheck is one verification of an audit and its evidence.
type AuditCheck struct {
	ID       string      `json:"id"`
	Title    string      `json:"title"`
	Status   string      `json:"status"` // pass, fail, skipped
	Summary  string      `json:"summary"`
	Facts    []AuditFact `json:"facts,omitempty"`
	Findings []string    `json:"findings,omitempty"` // what failed, one line each
	Notes    []string    `json:"notes,omitempty"`
}

// AuditFact is one figure of a check's evidence.
type AuditFact struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// ExportRow is one row of an audit export: column name to value (see the
// export's columns in docs/audit.md).
type ExportRow map[string]string
