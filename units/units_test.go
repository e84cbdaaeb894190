package units

import (
	"math/big"
	"strings"
	"testing"
)

func TestFormatAndGroup(t *testing.T) {
	for _, c := range []struct {
		v    string
		dec  uint8
		want string
	}{
		{"0", 6, "0"}, {"1500000", 6, "1.5"}, {"1", 18, "0.000000000000000001"}, {"-2500", 3, "-2.5"},
		{"1234567000", 3, "1234567"}, {"42", 0, "42"},
	} {
		v, _ := new(big.Int).SetString(c.v, 10)
		if got := Format(v, c.dec); got != c.want {
			t.Errorf("Format(%s, %d) = %q, want %q", c.v, c.dec, got, c.want)
		}
	}
	if Format(nil, 6) != "0" {
		t.Error("Format(nil) is not 0")
	}
	for in, want := range map[string]string{"1234567.5": "1,234,567.5", "-1000": "-1,000", "999": "999", "0.25": "0.25"} {
		if got := Group(in); got != want {
			t.Errorf("Group(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in       string
		decimals uint8
		want     string
		err      error
	}{
		{"1.5", 6, "1500000", nil},
		{" 1000 ", 0, "1000", nil},
		{"0.25", 2, "25", nil},
		{"12.500000", 2, "1250", nil}, // trailing zeros do not count
		{"0", 6, "0", nil},
		{"123456789012.34567890123456789", 18, "123456789012345678901234567890", nil},
		{"0.0000001", 6, "", ErrPrecision},
		{"1.5", 0, "", ErrPrecision},
		{"", 6, "", ErrSyntax},
		{".5", 6, "", ErrSyntax},
		{"5.", 6, "", ErrSyntax},
		{"-1", 6, "", ErrSyntax},
		{"1e6", 6, "", ErrSyntax},
		{"1,000", 6, "", ErrSyntax},
		{"1.2.3", 6, "", ErrSyntax},
		{strings.Repeat("9", 101), 0, "", ErrSyntax},
	} {
		v, err := Parse(c.in, c.decimals)
		if err != c.err || (err == nil && v.String() != c.want) {
			t.Errorf("Parse(%q, %d) = %v, %v; want %s, %v", c.in, c.decimals, v, err, c.want, c.err)
		}
		if err == nil && c.in == strings.TrimSpace(c.in) && !strings.HasSuffix(c.in, "0") {
			if back := Format(v, c.decimals); strings.ReplaceAll(back, ",", "") != c.in && c.in != "0" {
				t.Errorf("Format(Parse(%q)) = %q", c.in, back)
			}
		}
	}
}

func TestRat(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"10000": "10000/1", "2500.5": "5001/2", "0.000001": "1/1000000", " 7 ": "7/1"} {
		if r, err := Rat(in); err != nil || r.String() != want {
			t.Errorf("Rat(%q) = %v, %v; want %s", in, r, err, want)
		}
	}
	for _, bad := range []string{"", "1e3", "-5", "1.2.3", ".5", "5.", "1/2", "0x10"} {
		if r, err := Rat(bad); err == nil {
			t.Errorf("Rat(%q) = %v, want ErrSyntax", bad, r)
		}
	}
}

func TestText(t *testing.T) {
	t.Parallel()
	six := uint8(6)
	for _, c := range []struct {
		v    *big.Int
		dec  *uint8
		what string
		want string
	}{
		{big.NewInt(1500000), &six, "units", "1.5 units (1500000 base units)"},
		{big.NewInt(250), &six, "of the payment token", "0.00025 of the payment token (250 base units)"},
		{big.NewInt(1000000), &six, "", "1 (1000000 base units)"},
		{big.NewInt(1500000), nil, "units", "1500000 base units"},
	} {
		if got := Text(c.v, c.dec, c.what); got != c.want {
			t.Errorf("Text(%s, %v, %q) = %q, want %q", c.v, c.dec, c.what, got, c.want)
		}
	}
}
