package site

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"
)

// TestShippedEntryIsTheTemplate: the Go writer of the shipped entry writes
// the template's bytes at every depth, whatever the record holds; and it
// stands for the template's current entry only.
func TestShippedEntryIsTheTemplate(t *testing.T) {
	s, _ := newSite(t)
	if !s.isShippedEntry() {
		tree := s.Index.Lookup(EntryTemplate).Tree.Root.String()
		t.Fatalf("the shipped template's %q entry changed (tree sha256 %x): bring entry.go in line, then set shippedEntrySum", EntryTemplate, sha256.Sum256([]byte(tree)))
	}
	hostile := `<b>"x" & 'y'</b> + ../ ` + "\x00 \xff\xfe é·😀 \uFFFD\u2028 ]]> {{.}}"
	var recs []*Record
	for _, lang := range []string{"fr", "en", "de"} {
		base := records(lang, 1)[0]
		recs = append(recs, base)
		for _, edit := range []func(r *Record){
			func(r *Record) { r.Company, r.Place, r.Contract, r.Pay = "", "", "", "" },
			func(r *Record) { r.Company, r.Contract = "", "" },
			func(r *Record) { r.Place, r.Pay = "", "" },
			func(r *Record) {
				r.Title, r.Company, r.Place, r.Contract, r.Pay, r.Posted = hostile, hostile, hostile, hostile, hostile, hostile
			},
			func(r *Record) { r.Title, r.Posted = "", "" },
		} {
			r := *base
			edit(&r)
			recs = append(recs, &r)
		}
	}
	for k, r := range recs {
		t.Run(fmt.Sprint(k), func(t *testing.T) {
			got, err := s.Entries(r)
			if err != nil {
				t.Fatal(err)
			}
			for d := range Depths {
				var want bytes.Buffer
				e := Entry{Lang: r.Lang, Words: WordsOf(r.Lang), Root: strings.Repeat("../", d+1), Posting: r}
				if err := s.Index.ExecuteTemplate(&want, EntryTemplate, e); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got[d], want.Bytes()) {
					t.Errorf("depth %d:\ngot  %q\nwant %q", d+1, got[d], want.Bytes())
				}
			}
		})
	}
	if !s.goEntry {
		t.Error("the entries were not written in Go")
	}
}
