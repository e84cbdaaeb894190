package ui_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// The browser harness: one headless Chromium (Debian's package) per test
// package, a fresh browser context (cookies, storage) per tab, an
// EIP-1193 test wallet injected in every page, screenshots as artifacts.

var updateScreenshots = flag.Bool("update-screenshots", false, "copy the main pages' screenshots to docs/screenshots for the README")

// screenshotDir is where every page's screenshot is saved (gitignored).
const screenshotDir = "testdata/screenshots"

const chromiumPath = "/usr/bin/chromium"

var browser struct {
	once   sync.Once
	ctx    context.Context
	cancel func()
	err    error
}

func stopBrowser() error {
	if browser.cancel != nil {
		browser.cancel()
	}
	return nil
}

func startBrowser(t *testing.T) context.Context {
	t.Helper()
	browser.once.Do(func() {
		if _, err := exec.LookPath(chromiumPath); err != nil {
			browser.err = fmt.Errorf("%s is missing: run `make browser` (installs Debian's chromium as root)", chromiumPath)
			return
		}
		dir, err := os.MkdirTemp("", "tessera-chromium-")
		if err != nil {
			browser.err = err
			return
		}
		opts := []chromedp.ExecAllocatorOption{
			chromedp.ExecPath(chromiumPath), chromedp.UserDataDir(dir),
			chromedp.Flag("headless", true), chromedp.Flag("no-sandbox", true), chromedp.Flag("disable-gpu", true),
			chromedp.Flag("disable-quic", true), chromedp.Flag("no-first-run", true),
			chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true), chromedp.Flag("disable-dev-shm-usage", true),
			chromedp.WindowSize(1280, 900),
		}
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, cancelCtx := chromedp.NewContext(alloc)
		if err := chromedp.Run(ctx); err != nil {
			cancelCtx()
			cancelAlloc()
			browser.err = fmt.Errorf("start chromium: %w", err)
			return
		}
		browser.ctx = ctx
		browser.cancel = func() { cancelCtx(); cancelAlloc(); _ = os.RemoveAll(dir) }
	})
	if browser.err != nil {
		t.Fatal(browser.err)
	}
	return browser.ctx
}

// walletJS is the injected EIP-1193 provider: each request goes to the Go
// test wallet through a DevTools binding and is answered by evaluating
// __tesseraWalletReply in the page.
const walletJS = `(() => {
  let seq = 0; const pending = {};
  window.__tesseraWalletReply = (id, err, result) => {
    const p = pending[id]; delete pending[id];
    if (p) { err ? p.reject(new Error(err)) : p.resolve(result); }
  };
  window.ethereum = { isTesseraTestWallet: true,
    request({ method, params }) {
      return new Promise((resolve, reject) => {
        const id = ++seq; pending[id] = { resolve, reject };
        window.tesseraWallet(JSON.stringify({ id, method, params: params || [] }));
      });
    } };
})();`

// testWallet answers the page's wallet requests with a dev key: it signs
// personal_sign messages and sends transactions to anvil.
type testWallet struct {
	key     *ecdsa.PrivateKey
	client  *ethclient.Client
	chainID *big.Int
	mu      sync.Mutex
	signed  []string // messages signed, for assertions
}

func (w *testWallet) address() common.Address { return crypto.PubkeyToAddress(w.key.PublicKey) }

func (w *testWallet) handle(ctx context.Context, method string, params []json.RawMessage) (any, error) {
	switch method {
	case "eth_requestAccounts", "eth_accounts":
		return []string{w.address().Hex()}, nil
	case "eth_chainId":
		return hexutil.EncodeBig(w.chainID), nil
	case "personal_sign":
		var data hexutil.Bytes
		if len(params) < 1 || json.Unmarshal(params[0], &data) != nil {
			return nil, errors.New("personal_sign needs hex data")
		}
		sig, err := crypto.Sign(accounts.TextHash(data), w.key)
		if err != nil {
			return nil, err
		}
		sig[64] += 27
		w.mu.Lock()
		w.signed = append(w.signed, string(data))
		w.mu.Unlock()
		return hexutil.Encode(sig), nil
	case "eth_sendTransaction":
		var tx struct {
			From common.Address `json:"from"`
			To   common.Address `json:"to"`
			Data hexutil.Bytes  `json:"data"`
		}
		if len(params) < 1 || json.Unmarshal(params[0], &tx) != nil || tx.From != w.address() {
			return nil, errors.New("eth_sendTransaction needs {from: this wallet, to, data}")
		}
		nonce, err := w.client.PendingNonceAt(ctx, tx.From)
		if err != nil {
			return nil, err
		}
		gas, err := w.client.EstimateGas(ctx, ethereum.CallMsg{From: tx.From, To: &tx.To, Data: tx.Data})
		if err != nil {
			return nil, err
		}
		price, err := w.client.SuggestGasPrice(ctx)
		if err != nil {
			return nil, err
		}
		signed, err := types.SignNewTx(w.key, types.LatestSignerForChainID(w.chainID),
			&types.LegacyTx{Nonce: nonce, To: &tx.To, Gas: gas * 12 / 10, GasPrice: price, Data: tx.Data})
		if err != nil {
			return nil, err
		}
		if err := w.client.SendTransaction(ctx, signed); err != nil {
			return nil, err
		}
		return signed.Hash().Hex(), nil
	case "eth_getTransactionReceipt":
		var h common.Hash
		if len(params) < 1 || json.Unmarshal(params[0], &h) != nil {
			return nil, errors.New("eth_getTransactionReceipt needs a hash")
		}
		rc, err := w.client.TransactionReceipt(ctx, h)
		if errors.Is(err, ethereum.NotFound) {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		return map[string]string{"status": hexutil.EncodeUint64(rc.Status), "blockNumber": hexutil.EncodeBig(rc.BlockNumber),
			"transactionHash": rc.TxHash.Hex()}, nil
	}
	return nil, fmt.Errorf("the test wallet does not support %s", method)
}

// newTab opens a tab in a fresh browser context with the test wallet (if
// any) injected. It is closed when the test ends.
func newTab(t *testing.T, w *testWallet) context.Context {
	t.Helper()
	// A browser context of its own (cookies, storage), in a new window:
	// headless Chromium refuses a tab in a new browser context without one.
	parent := startBrowser(t)
	var tid target.ID
	err := chromedp.Run(parent, chromedp.ActionFunc(func(ctx context.Context) error {
		ex := cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser)
		bc, err := target.CreateBrowserContext().WithDisposeOnDetach(true).Do(ex)
		if err != nil {
			return err
		}
		tid, err = target.CreateTarget("about:blank").WithBrowserContextID(bc).WithNewWindow(true).Do(ex)
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := chromedp.NewContext(parent, chromedp.WithTargetID(tid))
	ctx, cancelTime := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelTime(); cancel() })
	if w != nil {
		chromedp.ListenTarget(ctx, func(ev any) {
			b, ok := ev.(*runtime.EventBindingCalled)
			if !ok || b.Name != "tesseraWallet" {
				return
			}
			go func() {
				var req struct {
					ID     int               `json:"id"`
					Method string            `json:"method"`
					Params []json.RawMessage `json:"params"`
				}
				var res any
				err := json.Unmarshal([]byte(b.Payload), &req)
				if err == nil {
					res, err = w.handle(ctx, req.Method, req.Params)
				}
				errJSON, resJSON := "null", []byte("null")
				if err != nil {
					e, _ := json.Marshal(err.Error())
					errJSON = string(e)
				} else {
					resJSON, _ = json.Marshal(res)
				}
				_ = chromedp.Run(ctx, chromedp.Evaluate(fmt.Sprintf("window.__tesseraWalletReply(%d, %s, %s)", req.ID, errJSON, resJSON), nil))
			}()
		})
	}
	err = chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		if w == nil {
			return nil
		}
		if err := runtime.AddBinding("tesseraWallet").Do(ctx); err != nil {
			return err
		}
		_, err := page.AddScriptToEvaluateOnNewDocument(walletJS).Do(ctx)
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	return ctx
}

// run runs browser actions, failing the test with a screenshot on error.
func run(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action) {
	t.Helper()
	if err := chromedp.Run(ctx, actions...); err != nil {
		shot(t, ctx, "failed-"+what)
		var body string
		_ = chromedp.Run(ctx, chromedp.Text("main", &body, chromedp.ByQuery))
		t.Fatalf("%s: %v\npage text:\n%s", what, err, body)
	}
}

// shot saves a full-page screenshot as a test artifact.
func shot(t *testing.T, ctx context.Context, name string) string {
	t.Helper()
	var png []byte
	if err := chromedp.Run(ctx, chromedp.FullScreenshot(&png, 100)); err != nil {
		t.Logf("screenshot %s: %v", name, err)
		return ""
	}
	if err := os.MkdirAll(screenshotDir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(screenshotDir, strings.ReplaceAll(t.Name(), "/", "_")+"-"+name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// signInSteps signs an operator in with an API key in the browser and
// waits for the account menu: the sign-in page has an h1 too, so waiting
// for a signed-in page keeps a next Navigate from racing the form's.
func signInSteps(base, id, secret string) chromedp.Tasks {
	return chromedp.Tasks{
		chromedp.Navigate(base + "/ui/signin"),
		chromedp.SendKeys("#key_id", id, chromedp.ByQuery),
		chromedp.SendKeys("#secret", secret, chromedp.ByQuery),
		chromedp.Submit("#secret", chromedp.ByQuery),
		chromedp.WaitVisible(`nav[aria-label="Account"]`, chromedp.ByQuery),
	}
}

// readme takes a page's screenshots at desktop width (the browser's
// 1280 px) and at a phone's (390 px), checks that the phone's layout needs
// no sideways scrolling (wide tables scroll inside their own box), and,
// when -update-screenshots is set, saves both for the README as name.png
// and name-phone.png.
func readme(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	desktop := shot(t, ctx, name)
	var overflow int
	var wide []string
	var phonePNG []byte
	err := chromedp.Run(ctx,
		chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile),
		chromedp.Sleep(100*time.Millisecond), // reflow
		chromedp.Evaluate(`document.documentElement.scrollWidth - document.documentElement.clientWidth`, &overflow),
		// The innermost elements that stick out, outside a scrolling box.
		chromedp.Evaluate(`(() => { const w = document.documentElement.clientWidth, out = [];
			for (const el of document.body.querySelectorAll("*")) {
				if (el.closest(".scroll")) continue;
				const sticks = e => e.getBoundingClientRect().right > w + 1 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX == "visible";
				if (!sticks(el) || [...el.children].some(sticks)) continue;
				out.push(el.tagName.toLowerCase() + (el.className ? "." + el.className : "") + ": " + el.textContent.trim().slice(0, 60));
				if (out.length == 5) break;
			}
			return out; })()`, &wide),
		chromedp.FullScreenshot(&phonePNG, 100),
		chromedp.EmulateViewport(1280, 900),
	)
	if err != nil {
		t.Logf("phone screenshot %s: %v", name, err)
		return
	}
	phone := filepath.Join(screenshotDir, strings.ReplaceAll(t.Name(), "/", "_")+"-"+name+"-phone.png")
	if err := os.WriteFile(phone, phonePNG, 0o644); err != nil {
		t.Fatal(err)
	}
	if overflow > 0 {
		t.Errorf("%s: at 390 px the page is %d px wider than the screen (%s): %q", name, overflow, phone, wide)
	}
	if !*updateScreenshots || desktop == "" {
		return
	}
	for from, to := range map[string]string{desktop: name + ".png", phone: name + "-phone.png"} {
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("..", "..", "docs", "screenshots", to), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// submit clicks sel, a form's button that navigates, then runs reads on
// the page it lands on. A read that meets a node the navigation or a live
// update replaced meanwhile ("No node with given id found") is read again;
// the click is never repeated.
func submit(t *testing.T, ctx context.Context, what, sel string, reads ...chromedp.Action) {
	t.Helper()
	run(t, ctx, what, chromedp.Click(sel, chromedp.ByQuery))
	for attempt := 1; ; attempt++ {
		err := chromedp.Run(ctx, reads...)
		if err == nil {
			return
		}
		if attempt < 5 && strings.Contains(err.Error(), "No node with given id") {
			time.Sleep(100 * time.Millisecond)
			continue
		}
		run(t, ctx, what+" (after the click)", reads...) // fails with the page text
	}
}
