package web

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/auth/signing"
)

type freshNonces struct{}

func (freshNonces) Use(context.Context, string, string, time.Time, time.Time) (bool, error) {
	return true, nil
}

// BenchmarkHMACVerify measures verifying one signed request with a 1 KiB
// body: parsing the Authorization header, hashing the body, building the
// canonical request and the constant-time HMAC check. Key lookup and the
// nonce insert (database round trips) are left out; see
// BenchmarkAuthenticatedRead for them. Goal: ≤ 5 µs.
func BenchmarkHMACVerify(b *testing.B) {
	body := make([]byte, 1024)
	_, _ = rand.Read(body)
	r := httptest.NewRequest("POST", "http://api.test/v1/assets/TBILL/mints?dry_run=false", bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	r.Header.Set("Idempotency-Key", "bench-1")
	if err := signing.Sign(r, "tk_good", testSecret, body, testNow, signing.NewNonce()); err != nil {
		b.Fatal(err)
	}
	keys := fakeKeys{"tk_good": {key: apikey.Key{ID: "tk_good", Scopes: []apikey.Scope{apikey.Issuer}}, secrets: [][]byte{testSecret}}}
	cfg := authConfig{Keys: keys, Nonces: freshNonces{}, Window: 30 * time.Second, Now: func() time.Time { return testNow }}
	rd := bytes.NewReader(body)
	rc := io.NopCloser(rd)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		rd.Reset(body)
		r.Body = rc
		if _, _, err := verify(cfg, r, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBareHandler is the baseline: a plain net/http handler answering
// the same JSON as GET /v1/me, over loopback HTTP, from 16 clients.
func BenchmarkBareHandler(b *testing.B) { benchBare(b, throughputClients) }

// throughputClients is how many clients send at once where a benchmark
// measures throughput: enough to keep the server busy while some wait on
// PostgreSQL, as the holdings benchmark's 16.
const throughputClients = 16

func benchBare(b *testing.B, clients int) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"key_id":"tk_0123456789abcdef0123","name":"bench","scopes":["auditor"]}` + "\n"))
	}))
	defer srv.Close()
	runReads(b, srv.URL+"/v1/me", clients, nil)
}

// BenchmarkAuthenticatedRead measures GET /v1/me through the whole stack
// (request id, access log, metrics, signature check with the key and its
// secrets read from PostgreSQL; rate limits off) next to the bare handler
// in the same run, and reports x-bare: authenticated time per request over
// bare time per request. Its sub-benchmarks, each with 16 clients at once
// (throughput) and with one per CPU (little waits beside a request on
// PostgreSQL, so its round trip shows whole):
//
//	bare            the plain net/http handler (the baseline)
//	nonce=postgres  each nonce recorded in PostgreSQL, as in production
//	nonce=memory    nonces kept in process memory, to show what the shared
//	                nonce store costs (the key lookup still hits PostgreSQL)
//
// Requests are signed before the timer starts, so client signing is not
// counted.
func BenchmarkAuthenticatedRead(b *testing.B) {
	for _, clients := range []int{throughputClients, runtime.GOMAXPROCS(0)} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) {
			var bareNs float64
			b.Run("bare", func(b *testing.B) {
				benchBare(b, clients)
				bareNs = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			})
			for _, v := range []struct {
				name   string
				nonces NonceStore
			}{{"nonce=postgres", nil}, {"nonce=memory", newMemNonces()}} {
				b.Run(v.name, func(b *testing.B) {
					s, k, secret := benchServer(b, Config{Nonces: v.nonces})
					runReads(b, s.URL()+"/v1/me", clients, func(r *http.Request) {
						_ = signing.Sign(r, k.ID, []byte(secret), nil, time.Now(), signing.NewNonce())
					})
					if bareNs > 0 {
						b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/bareNs, "x-bare")
					}
				})
			}
		})
	}
}

// runReads sends b.N GETs to url from clients goroutines at once, each
// request signed beforehand by sign (when not nil) so signing is not
// timed.
func runReads(b *testing.B, url string, clients int, sign func(*http.Request)) {
	tr := &http.Transport{MaxIdleConnsPerHost: 64}
	defer tr.CloseIdleConnections()
	c := &http.Client{Transport: tr}
	reqs := make([]*http.Request, b.N)
	var once sync.Once
	for i := range reqs {
		reqs[i], _ = http.NewRequest("GET", url, nil)
		if sign != nil {
			sign(reqs[i])
		}
	}
	var next atomic.Int64
	// RunParallel starts parallelism × GOMAXPROCS goroutines.
	b.SetParallelism(max(1, clients/runtime.GOMAXPROCS(0)))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			resp, err := c.Do(reqs[next.Add(1)-1])
			if err != nil {
				once.Do(func() { b.Error(err) })
				return
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				once.Do(func() { b.Errorf("status %d", resp.StatusCode) })
			}
		}
	})
}

// BenchmarkHMACSHA256Raw is the floor BenchmarkHMACVerify is compared
// with: one HMAC-SHA256 of 1 KiB with the standard library, nothing else.
func BenchmarkHMACSHA256Raw(b *testing.B) {
	body := make([]byte, 1024)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		signing.Sum(testSecret, body)
	}
}

// BenchmarkSignedDatabaseRead measures one client's signed reads of a
// route whose handler reads PostgreSQL once, run early (while the nonce is
// recorded, see serveEarly) and, in the same run, sequentially (after it):
// one request at a time, so the time per read is its latency, and
// x-sequential shows what running early saves.
func BenchmarkSignedDatabaseRead(b *testing.B) {
	var seqNs float64
	for _, v := range []struct {
		name       string
		sequential bool
	}{{"sequential", true}, {"early", false}} {
		b.Run(v.name, func(b *testing.B) {
			var keyID string
			var s *Server
			read := func(w http.ResponseWriter, r *http.Request) error {
				if _, err := s.Keys().State(r.Context(), keyID); err != nil {
					return err
				}
				_, err := io.WriteString(w, `{"ok":true}`)
				return err
			}
			s, k, secret := benchServer(b, Config{
				Routes: []Route{{Method: "GET", Pattern: "/bench/read", Summary: "bench", Sequential: v.sequential, Handler: read}},
			})
			keyID = k.ID
			tr := &http.Transport{}
			defer tr.CloseIdleConnections()
			c := &http.Client{Transport: tr}
			reqs := make([]*http.Request, b.N)
			for i := range reqs {
				reqs[i], _ = http.NewRequest("GET", s.URL()+"/v1/bench/read", nil)
				_ = signing.Sign(reqs[i], k.ID, []byte(secret), nil, time.Now(), signing.NewNonce())
			}
			b.ResetTimer()
			for _, req := range reqs {
				resp, err := c.Do(req)
				if err != nil {
					b.Fatal(err)
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					b.Fatalf("status %d", resp.StatusCode)
				}
			}
			ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			if v.sequential {
				seqNs = ns
			} else if seqNs > 0 {
				b.ReportMetric(ns/seqNs, "x-sequential")
			}
		})
	}
}

// benchServer starts a server on cfg (rate limits off) for the length of
// the benchmark, with an auditor key.
func benchServer(b *testing.B, cfg Config) (*Server, apikey.Key, string) {
	b.Helper()
	cfg.Addr, cfg.MasterKey, cfg.RateLimit = "127.0.0.1:0", make([]byte, 32), RateLimit{PerKey: -1, PerIP: -1}
	s, err := New(withTestStores(b, cfg))
	if err != nil {
		b.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Stop(context.Background()) })
	k, secret, err := s.Keys().Create(context.Background(), apikey.CLI, apikey.CreateParams{Name: "bench", Owner: "bench", Scopes: []apikey.Scope{apikey.Auditor}})
	if err != nil {
		b.Fatal(err)
	}
	return s, k, secret
}
