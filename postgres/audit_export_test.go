package postgres_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/audit"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// TestWholeExportsWaitTheirTurn holds a whole export open, as a slow CSV
// download does, over a pool of four connections: a second whole export
// waits (and gives up with its context) rather than taking another
// connection, while a page of the same export and other queries go on.
func TestWholeExportsWaitTheirTurn(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := openSized(t, pgtest.NewURL(t), 4)
	token := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	for i := range 3 {
		if _, err := pool.Exec(ctx, `INSERT INTO indexer_transfers (chain_id, block_number, log_index, block_hash, tx_hash, token, from_address, to_address, value)
			VALUES (31337, $1, 0, $2, $2, $3, $4, $4, 250)`, i+1, make([]byte, 32), token.Bytes(), common.Address{}.Bytes()); err != nil {
			t.Fatal(err)
		}
	}
	exports := postgres.NewAuditExports(pool)
	whole := audit.ExportQuery{Kind: "transfers", ChainID: big.NewInt(31337), Token: token, Block: 10}
	count := func(ctx context.Context, q audit.ExportQuery) (int, error) {
		n := 0
		err := exports.Run(ctx, q, func(audit.Row) error { n++; return nil })
		return n, err
	}

	// The slow reader: it takes its first row, then waits.
	started, release, slowDone := make(chan struct{}), make(chan struct{}), make(chan error, 1)
	var unblock sync.Once
	defer unblock.Do(func() { close(release) }) // before the pool closes, on a failure too
	go func() {
		first := true
		slowDone <- exports.Run(ctx, whole, func(audit.Row) error {
			if first {
				first = false
				close(started)
				<-release
			}
			return nil
		})
	}()
	<-started

	// A second whole export waits for the first.
	wctx, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	n, err := count(wctx, whole)
	cancel()
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("a second whole export beside a held one read %d rows, err %v; want it to wait until its context ends", n, err)
	}
	// A page and another query are served meanwhile.
	page := whole
	page.Limit = 2
	if n, err := count(ctx, page); err != nil || n != 2 {
		t.Fatalf("a page beside a held whole export: %d rows, %v; want 2", n, err)
	}
	var one int
	if err := pool.QueryRow(ctx, "SELECT 1").Scan(&one); err != nil {
		t.Fatal(err)
	}

	// Once the slow reader finishes, the next whole export runs.
	next := make(chan error, 1)
	var got int
	go func() {
		var err error
		got, err = count(ctx, whole)
		next <- err
	}()
	unblock.Do(func() { close(release) })
	if err := <-slowDone; err != nil {
		t.Fatal(err)
	}
	if err := <-next; err != nil || got != 3 {
		t.Fatalf("the waiting whole export: %d rows, %v; want 3", got, err)
	}
}
