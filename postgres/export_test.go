package postgres

// NonceCallsWaiting is how many UseUnchanged calls wait for the next
// statement.
func NonceCallsWaiting(s *NonceStore) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.waiting == nil {
		return 0
	}
	return len(s.waiting.keys)
}
