package posting

import "testing"

func TestFormats(t *testing.T) {
	tests := []struct{ got, want string }{
		{Money(38000, "EUR", "fr"), "38 000 €"},
		{Money(38000, "EUR", "en"), "€38,000"},
		{Money(1234567.5, "CHF", "fr"), "1 234 567,50 CHF"},
		{Money(1234567.5, "CHF", "en"), "CHF 1,234,567.50"},
		{Money(950, "GBP", "en"), "£950"},
		{Date("2027-01-15", "fr"), "15 janvier 2027"},
		{Date("2027-03-01", "fr"), "1er mars 2027"},
		{Date("2027-03-01", "en"), "1 March 2027"},
		{Date("not a date", "en"), "not a date"},
		{Country("BE", "fr"), "Belgique"},
		{Country("DE", "en"), "Germany"},
		{Country("ZZ", "en"), "ZZ"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestAdjustLevel(t *testing.T) {
	tests := []struct {
		level     int
		seniority string
		want      int
	}{
		{3, "confirmed", 3}, {3, "junior", 2}, {1, "junior", 1}, {3, "senior", 4}, {4, "senior", 4}, {2, "", 2},
	}
	for _, tt := range tests {
		if got := AdjustLevel(tt.level, tt.seniority); got != tt.want {
			t.Errorf("AdjustLevel(%d, %q) = %d, want %d", tt.level, tt.seniority, got, tt.want)
		}
	}
}

func TestOverlay(t *testing.T) {
	base := Values{Lang: "fr", Company: Company{Name: "Acme", Size: "small"}, Salary: Salary{Currency: "EUR", Period: "year"}}
	got := Overlay(base, Values{Company: Company{Name: "Globex"}, Salary: Salary{Min: 38000}}, Values{Lang: "en"})
	if got.Lang != "en" || got.Company.Name != "Globex" || got.Company.Size != "small" || got.Salary.Min != 38000 || got.Salary.Currency != "EUR" {
		t.Errorf("Overlay = %+v", got)
	}
	if base.Company.Name != "Acme" {
		t.Error("Overlay changed its base")
	}
}
