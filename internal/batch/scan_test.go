package batch

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/posting"
)

// TestEachDecodesInOrder: Each gives every job, in batch order, decoded
// as the reader decodes it, whatever the number of workers and however
// the batch falls across its cuts.
func TestEachDecodesInOrder(t *testing.T) {
	var b strings.Builder
	b.WriteString("role,name,salary.min,lang\n")
	n := 2*scanCut + 7
	for i := range n {
		fmt.Fprintf(&b, "webmaster,p%d,%s,%s\n", i, map[bool]string{true: "lots", false: fmt.Sprint(30000 + i)}[i%97 == 0], []string{"fr", "en"}[i%2])
	}
	path := write(t, "b.csv", b.String())
	want, err := readAll(t, path)
	if err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 2, 3} {
		src, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []Job
		if err := Each(context.Background(), src, workers, func(j *Job) error { got = append(got, *j); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != n {
			t.Fatalf("%d workers: %d jobs, want %d", workers, len(got), n)
		}
		for i := range got {
			g, w := got[i], want[i]
			g.decode, w.decode = nil, nil
			if g.Name != w.Name || !reflect.DeepEqual(g.Values, w.Values) || fmt.Sprint(g.Err) != fmt.Sprint(w.Err) {
				t.Fatalf("%d workers, job %d: %+v\nwant %+v", workers, i+1, g, w)
			}
		}
	}
	// fn's error ends the scan.
	src, _ := Open(path, Options{})
	stop := errors.New("stop")
	calls := 0
	if err := Each(context.Background(), src, 2, func(*Job) error { calls++; return stop }); err != stop || calls != 1 {
		t.Errorf("Each = %v after %d calls, want stop after 1", err, calls)
	}
}

// TestWithPagesLeavesDecodingToTheWorkers: a source with pages still
// leaves each job's values to the runner's workers, gives the page to
// the jobs it keeps, and drops the others.
func TestWithPagesLeavesDecodingToTheWorkers(t *testing.T) {
	path := write(t, "b.csv", "role,name,salary.min\nwebmaster,a,38000\nwebmaster,b,39000\nwebmaster,c,40000\n")
	src, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	decodedFirst := false
	p := WithPages(src, func(j *Job) (*posting.Page, bool) {
		decodedFirst = decodedFirst || j.decode == nil
		return &posting.Page{Canonical: "https://x.example/" + j.Name}, j.Name != "b"
	})
	s, ok := p.(splitter)
	if !ok {
		t.Fatal("WithPages hides that the source leaves decoding to the workers")
	}
	var names []string
	for {
		j, err := s.split()
		if err != nil {
			break
		}
		if j.decode == nil {
			t.Errorf("%s was decoded by the reader", j.Name)
		}
		j.decoded()
		if j.Page == nil || j.Page.Canonical != "https://x.example/"+j.Name || j.Values.Salary.Min == 0 {
			t.Errorf("%s: page %+v, values %+v", j.Name, j.Page, j.Values)
		}
		names = append(names, j.Name)
	}
	if decodedFirst {
		t.Error("page saw a decoded job; it is meant to run before decoding")
	}
	if strings.Join(names, ",") != "a,c" {
		t.Errorf("jobs %v, want a,c", names)
	}
	// Next, for a caller that is not the runner, decodes.
	src, _ = Open(path, Options{})
	j, err := WithPages(src, func(*Job) (*posting.Page, bool) { return nil, true }).Next()
	if err != nil || j.decode != nil || j.Values.Salary.Min == 0 {
		t.Errorf("Next = %+v, %v; want a decoded job", j, err)
	}
}
