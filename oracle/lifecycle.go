package oracle

import "github.com/tessera-rwa/tessera/internal/lead"

// Lease is a held leadership; Lost is closed when it ends.
type Lease = lead.Lease

// Locker elects one leader per name among the processes sharing a
// database (postgres.OracleLocker).
type Locker = lead.Locker
