package apikey

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

func TestSecretsAt(t *testing.T) {
	t.Parallel()
	now := time.Unix(1767225600, 0)
	later, earlier := now.Add(time.Minute), now.Add(-time.Minute)
	s := Secrets{List: []Secret{{Plain: []byte("current")}, {Plain: []byte("grace"), ValidUntil: &later}, {Plain: []byte("ended"), ValidUntil: &earlier}, {Plain: []byte("ends now"), ValidUntil: &now}}}
	var got []string
	for _, p := range s.At(now) {
		got = append(got, string(p))
	}
	if !slices.Equal(got, []string{"current", "grace"}) {
		t.Fatalf("valid at now: %q", got)
	}
	if n := len(s.At(later)); n != 1 {
		t.Fatalf("%d valid after the grace, want the current one", n)
	}
}

// The cache answers until an entry's TTL, forgets on demand, and holds at
// most max keys, dropping expired entries first.
func TestSecretsCache(t *testing.T) {
	t.Parallel()
	now := time.Unix(1767225600, 0)
	c := &secretsCache{ttl: time.Minute, max: 3, entries: map[string]cachedSecrets{}}
	c.put(Secrets{Key: Key{ID: "a", Rev: 2}}, now)
	if s, ok := c.get("a", now.Add(59*time.Second)); !ok || !s.Cached || s.Key.Rev != 2 {
		t.Fatalf("within the TTL: %+v %v", s, ok)
	}
	if _, ok := c.get("a", now.Add(time.Minute)); ok {
		t.Fatal("answered at the end of the TTL")
	}
	c.forget("a")
	if _, ok := c.get("a", now); ok {
		t.Fatal("answered after forget")
	}

	c.put(Secrets{Key: Key{ID: "old"}}, now.Add(-time.Hour))
	for i := range 2 {
		c.put(Secrets{Key: Key{ID: fmt.Sprint(i)}}, now)
	}
	c.put(Secrets{Key: Key{ID: "new"}}, now)
	if _, ok := c.entries["old"]; ok || len(c.entries) != 3 {
		t.Fatalf("full cache kept %d entries, the expired one %v", len(c.entries), ok)
	}
	for i := range 10 {
		c.put(Secrets{Key: Key{ID: fmt.Sprint("more", i)}}, now)
		if len(c.entries) > 3 {
			t.Fatalf("%d entries, over the bound", len(c.entries))
		}
	}
	if _, ok := c.get("more9", now); !ok {
		t.Fatal("the newest entry was dropped")
	}
	var off *secretsCache // SecretsTTL < 0
	off.put(Secrets{Key: Key{ID: "a"}}, now)
	if _, ok := off.get("a", now); ok {
		t.Fatal("no cache answered")
	}
}
