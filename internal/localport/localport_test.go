package localport

import (
	"net"
	"strconv"
	"strings"
	"testing"
)

func TestFreeThenCheck(t *testing.T) {
	port, err := Free()
	if err != nil {
		t.Fatal(err)
	}
	if err := Check(port); err != nil {
		t.Fatalf("a port just found free is refused: %v", err)
	}
	l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	err = Check(port)
	if err == nil || !strings.Contains(err.Error(), strconv.Itoa(port)) {
		t.Fatalf("Check on a port in use: %v, want an error naming the port", err)
	}
}
