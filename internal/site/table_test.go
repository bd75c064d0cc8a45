package site

import (
	"fmt"
	"testing"
)

func TestTable(t *testing.T) {
	tab, err := NewTable(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer tab.Close()
	const base = "https://jobs.example.fr/"
	// name, lang, reference, closed
	for _, a := range [][4]string{
		{"c", "fr", "R1", ""}, {"a", "en", "", "closed"}, {"b", "en", "R1", ""}, {"c", "en", "R2", ""}, {"d", "de", "R1", ""}, {"e", "fr", "R3", ""},
	} {
		tab.Add(a[0], a[1], a[2], a[3] != "")
	}
	tab.Seal()
	for _, tt := range []struct {
		name, lang string
		closed     bool
		versions   string
	}{
		{"a", "en", true, "[]"},
		// The first "c" is kept, the second left out with its R2.
		{"c", "fr", false, "[{fr https://jobs.example.fr/jobs/c.html} {en https://jobs.example.fr/jobs/b.html} {de https://jobs.example.fr/jobs/d.html}]"},
		{"b", "en", false, "[{fr https://jobs.example.fr/jobs/c.html} {en https://jobs.example.fr/jobs/b.html} {de https://jobs.example.fr/jobs/d.html}]"},
		{"d", "de", false, "[{fr https://jobs.example.fr/jobs/c.html} {en https://jobs.example.fr/jobs/b.html} {de https://jobs.example.fr/jobs/d.html}]"},
		{"e", "fr", false, "[]"},
	} {
		i, ok := tab.Find(tt.name)
		if !ok {
			t.Fatalf("%s not found", tt.name)
		}
		if got := tab.Lang(i); got != tt.lang {
			t.Errorf("%s: language %s, want %s", tt.name, got, tt.lang)
		}
		if got := tab.Closed(i); got != tt.closed {
			t.Errorf("%s: closed %v, want %v", tt.name, got, tt.closed)
		}
		if got := fmt.Sprint(tab.Versions(i, base)); got != tt.versions {
			t.Errorf("%s: versions %s, want %s", tt.name, got, tt.versions)
		}
	}
	if _, ok := tab.Find("f"); ok {
		t.Error("found a name never added")
	}
	if got := fmt.Sprint(tab.Langs()); got != "map[de:true en:true fr:true]" {
		t.Errorf("languages %s", got)
	}
	// Records read back from the spool are those listed; the closed "a"
	// and the unlisted "e" are neither open nor counted as listed.
	for _, n := range []string{"c", "b", "d", "a"} {
		i, _ := tab.Find(n)
		tab.List(i, &Record{Lang: tab.Lang(i), Title: "T " + n, Company: "Co " + n, City: "Lyon", Pay: "€ " + n, Posted: "2026-01-0" + map[string]string{"c": "1", "b": "2", "d": "2", "a": "3"}[n]}, nil, Text("desc "+n))
	}
	open, err := tab.open()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, i := range open {
		rd := tab.reader()
		r, err := rd.record(i)
		if err != nil {
			t.Fatal(err)
		}
		desc, err := rd.description(i, nil)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%s %s %s %s %s %s %s", r.Name, r.Reference, r.Title, r.Company, r.Pay, r.Posted, desc))
	}
	want := "[b R1 T b Co b € b 2026-01-02 desc b d R1 T d Co d € d 2026-01-02 desc d c R1 T c Co c € c 2026-01-01 desc c]"
	if fmt.Sprint(got) != want {
		t.Errorf("open records\n got %s\nwant %s", got, want)
	}
	if o, c := tab.Count(); o != 3 || c != 1 {
		t.Errorf("count %d open, %d closed; want 3, 1", o, c)
	}
}

// A table of more entries than a chunk holds finds each name, with its
// reference's versions and its record, across the chunks' bounds.
func TestTableChunks(t *testing.T) {
	tab, err := NewTable(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer tab.Close()
	n := 2*chunkSize + 5
	for k := range n {
		tab.Add(fmt.Sprintf("p%d", k), []string{"fr", "en"}[k%2], fmt.Sprintf("R%d", k/2), false)
	}
	tab.Seal()
	for k := range n {
		i, ok := tab.Find(fmt.Sprintf("p%d", k))
		if !ok || int(i) != k {
			t.Fatalf("p%d: found %d, %v", k, i, ok)
		}
		tab.List(i, &Record{Lang: tab.Lang(i), Title: fmt.Sprintf("T%d", k), Posted: "2026-01-01"}, nil, Text(fmt.Sprintf("desc %d", k)))
	}
	if open, err := tab.open(); err != nil || len(open) != n {
		t.Fatalf("%d open, %v; want %d", len(open), err, n)
	}
	for _, k := range []int{0, chunkSize - 1, chunkSize, chunkSize + 1, 2 * chunkSize, n - 1} {
		i, _ := tab.Find(fmt.Sprintf("p%d", k))
		rd := tab.reader()
		r, err := rd.record(i)
		if err != nil {
			t.Fatal(err)
		}
		desc, err := rd.description(i, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := fmt.Sprint(r.Name, " ", r.Reference, " ", r.Title, " ", desc), fmt.Sprintf("p%d R%d T%d desc %d", k, k/2, k, k); got != want {
			t.Errorf("entry %d: %s, want %s", k, got, want)
		}
		if k/2*2+1 < n {
			want := fmt.Sprintf("[{fr https://jobs.example.fr/jobs/p%d.html} {en https://jobs.example.fr/jobs/p%d.html}]", k/2*2, k/2*2+1)
			if got := fmt.Sprint(tab.Versions(i, "https://jobs.example.fr/")); got != want {
				t.Errorf("entry %d: versions %s, want %s", k, got, want)
			}
		}
	}
}

// Postings whose descriptions share a key have one description, made and
// spooled once; those without a key each have their own.
func TestTableSharedDescriptions(t *testing.T) {
	tab, err := NewTable(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer tab.Close()
	for _, n := range []string{"a", "b", "c", "d"} {
		tab.Add(n, "fr", "", false)
	}
	tab.Seal()
	made := 0
	base := new(int)
	for _, n := range []string{"a", "b", "c", "d"} {
		i, _ := tab.Find(n)
		desc := Description{Key: base, Text: func() string { made++; return "shared" }}
		if n == "d" {
			desc = Text("own")
		}
		tab.List(i, &Record{Lang: "fr", Title: n, Posted: "2026-01-01"}, nil, desc)
	}
	if made != 1 {
		t.Errorf("the shared description was made %d times, want once", made)
	}
	if _, err := tab.open(); err != nil {
		t.Fatal(err)
	}
	rd := tab.reader()
	for n, want := range map[string]string{"a": "shared", "b": "shared", "c": "shared", "d": "own"} {
		i, _ := tab.Find(n)
		if got, err := rd.description(i, nil); err != nil || got != want {
			t.Errorf("%s: description %q, %v; want %q", n, got, err, want)
		}
	}
}
