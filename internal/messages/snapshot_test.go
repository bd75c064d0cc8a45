package messages

import (
	"bytes"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// A catalogue edited without `go generate` fails here (a run would still
// be right, only slower).
func TestSnapshotIsCurrent(t *testing.T) {
	want, err := SnapshotSource()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("catalog_snapshot.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("internal/messages/catalog_snapshot.go is out of date: run go generate ./internal/messages")
	}
}

// The snapshot gives the messages parsing gives, French typography
// included; a catalogue that is not its bytes is parsed.
func TestSnapshotEqualsTheParse(t *testing.T) {
	for _, lang := range Languages() {
		name := "catalog/" + lang + ".yaml"
		data, err := files.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		parsed, err := parseFile(name, lang, data)
		if err != nil {
			t.Fatal(err)
		}
		taken, ok := catalogSnapshot()[lang].Take(data)
		if !ok {
			t.Fatalf("%s: the snapshot is not of the embedded file", lang)
		}
		if !slices.IsSortedFunc(taken, func(a, b i18n.Message) int { return strings.Compare(a.ID, b.ID) }) {
			t.Errorf("%s: the snapshot's messages are not sorted by id", lang)
		}
		if !reflect.DeepEqual(parsed, taken) {
			t.Errorf("%s: the snapshot's messages differ from the parse", lang)
		}
		edited := bytes.Replace(data, []byte("\ncli.root.short: \""), []byte("\ncli.root.short: \"edited "), 1)
		msgs, err := decode(name, lang, edited, catalogSnapshot()[lang])
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(msgs, func(m i18n.Message) bool { return m.ID == "cli.root.short" })
		if i < 0 || !strings.HasPrefix(msgs[i].Other, "edited ") {
			t.Errorf("%s: an edited catalogue was not parsed", lang)
		}
	}
}
