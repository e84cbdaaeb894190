// Package localport finds and checks TCP ports on the loopback interface
// for the processes Tessera starts itself (anvil, PostgreSQL, the dev chain).
package localport

import (
	"fmt"
	"net"
	"strconv"
)

// Free returns a port on 127.0.0.1 that nothing listens on at the moment
// of the call.
func Free() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Check reports an error naming the port when something already listens
// on it.
func Check(port int) error {
	l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return fmt.Errorf("port %d on 127.0.0.1 is already in use: stop what uses it or choose another port", port)
	}
	return l.Close()
}
