package posting

import (
	"github.com/jobdesc/jobdesc/internal/values"
	"reflect"
	"slices"
	"testing"

	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

func TestFormats(t *testing.T) {
	tests := []struct{ got, want string }{
		{Money(38000, "EUR", "fr"), "38\u202f000\u00a0€"},
		{Money(38000, "EUR", "en"), "€38,000"},
		{Money(1234567.5, "CHF", "fr"), "1\u202f234\u202f567,50\u00a0CHF"},
		{Money(1234567.5, "CHF", "en"), "CHF 1,234,567.50"},
		{Money(950, "GBP", "en"), "£950"},
		{Money(38000.99, "EUR", "en"), "€38,000.99"},
		{Money(38000.5, "EUR", "fr"), "38\u202f000,50\u00a0€"},
		{Money(0.01, "EUR", "en"), "€0.01"},
		{Money(5000000, "JPY", "en"), "¥5,000,000"},
		{Money(1.234, "KWD", "en"), "KWD 1.234"},
		{Money(999999999.99, "EUR", "en"), "€999,999,999.99"},
		{Date("2027-01-15", "fr"), "15 janvier 2027"},
		{Date("2027-03-01", "fr"), "1er mars 2027"},
		{Date("2027-03-01", "en"), "1 March 2027"},
		{Date("not a date", "en"), "not a date"},
		{values.CountryName("BE", "fr"), "Belgique"},
		{values.CountryName("DE", "en"), "Germany"},
		{values.CountryName("ZZ", "en"), "ZZ"},
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

// TestSchemaDescriptionsListTheValues: the descriptions `jobdesc schema
// --posting` shows for enumerated data list the values the checks accept,
// in the same order.
func TestSchemaDescriptionsListTheValues(t *testing.T) {
	for _, c := range []struct {
		of     any
		field  string
		values []string
	}{
		{Data{}, "Seniority", role.Seniorities()},
		{Data{}, "CompanySize", role.Sizes()},
		{Place{}, "Remote", values.RemoteModes},
		{Terms{}, "Type", values.ContractTypes},
		{Terms{}, "Hours", values.HoursKinds},
		{Terms{}, "Status", values.Statuses},
		{Pay{}, "Period", values.PayPeriods},
	} {
		f, ok := reflect.TypeOf(c.of).FieldByName(c.field)
		if !ok {
			t.Fatalf("%T has no field %s", c.of, c.field)
		}
		if got, want := f.Tag.Get("desc"), usertext.OrList(append(slices.Clone(c.values), "empty")); got != want {
			t.Errorf("%T.%s: desc %q, want %q", c.of, c.field, got, want)
		}
	}
}
