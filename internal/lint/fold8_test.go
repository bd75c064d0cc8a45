package lint

import "testing"

// TestFoldable8 checks the eight-byte test against the byte-by-byte one
// for every byte in every position.
func TestFoldable8(t *testing.T) {
	for c := range 256 {
		for pos := range 8 {
			b := []byte("abcdefgh")
			if pos == 7 {
				b = []byte{byte(c), byte(c), byte(c), byte(c), byte(c), byte(c), byte(c), 'z'}
			}
			b[pos%7] = byte(c)
			want := c >= 0x80 || 'A' <= c && c <= 'Z'
			if got := foldable8(string(b)); got != want {
				t.Errorf("byte %#x at %d: foldable8 = %v, want %v", c, pos, got, want)
			}
		}
	}
}
