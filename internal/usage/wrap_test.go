package usage_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestErrorsKeepTheirCause: whether an error exits 2 is decided by
// usage.Error anywhere in its chain, so an error formatted into another
// must be wrapped with %w: with %v or %s, or through its Error(), the
// chain is cut and a usage error turns into a failure. This reads every
// fmt.Errorf of the module, typed, and refuses an error argument given to
// another verb than %w.
func TestErrorsKeepTheirCause(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the module")
	}
	pkgs := modulePackages(t)
	var bad []string
	for _, p := range pkgs {
		bad = append(bad, cutChains(t, p, pkgs)...)
	}
	for _, b := range bad {
		t.Error(b)
	}
}

// TestCutChainsFindsThem: the check above sees an error given to %v, to
// %s through Error(), and passes one given to %w.
func TestCutChainsFindsThem(t *testing.T) {
	src := `package p

import "fmt"

func f(err error, n int) []error {
	return []error{
		fmt.Errorf("a %d: %v", n, err),
		fmt.Errorf("b: %s", err.Error()),
		fmt.Errorf("c %[2]d: %[1]w", err, n),
		fmt.Errorf("d %%v %d: %w", n, err),
	}
}
`
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "p.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := cutChains(t, pkg{ImportPath: "p", Dir: dir, GoFiles: []string{"p.go"}}, nil)
	if len(bad) != 2 || !strings.Contains(bad[0], "p.go:7:") || !strings.Contains(bad[1], "p.go:8:") {
		t.Errorf("found %q, want lines 7 and 8", bad)
	}
}

type pkg struct {
	ImportPath string
	Dir        string
	GoFiles    []string
	Export     string
	Module     *struct{ Main bool }
}

// modulePackages lists the module's packages and every dependency with
// its compiled export data, from the build cache.
func modulePackages(t *testing.T) map[string]pkg {
	t.Helper()
	cmd := exec.Command("go", "list", "-deps", "-export", "-json=ImportPath,Dir,GoFiles,Export,Module", "./...")
	cmd.Dir = "../.."
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.Bytes())
	}
	pkgs := map[string]pkg{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p pkg
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs[p.ImportPath] = p
	}
	return pkgs
}

// cutChains type-checks p from source, its imports from export data, and
// returns where an fmt.Errorf formats an error with another verb than %w.
// Only the module's own packages are read (deps nil: p alone).
func cutChains(t *testing.T, p pkg, deps map[string]pkg) []string {
	t.Helper()
	if deps != nil && (p.Module == nil || !p.Module.Main) {
		return nil
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range p.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(p.Dir, name), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	imp := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		d, ok := deps[path]
		if !ok || d.Export == "" {
			if deps == nil {
				return nil, fmt.Errorf("%s: no export data", path)
			}
			return nil, fmt.Errorf("%s: not built", path)
		}
		return os.Open(d.Export)
	})
	if deps == nil {
		imp = importer.Default()
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}
	if _, err := (&types.Config{Importer: imp}).Check(p.ImportPath, fset, files, info); err != nil {
		t.Fatalf("%s: %v", p.ImportPath, err)
	}
	errType := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	isError := func(e ast.Expr) bool {
		tv, ok := info.Types[e]
		return ok && tv.Type != nil && types.Implements(tv.Type, errType) && !types.Identical(tv.Type, types.Typ[types.UntypedNil])
	}
	var bad []string
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if fn, ok := info.Uses[sel.Sel].(*types.Func); !ok || fn.FullName() != "fmt.Errorf" {
				return true
			}
			format := info.Types[call.Args[0]].Value
			if format == nil {
				return true
			}
			verbs := verbsOf(constantString(format.ExactString()))
			for i, arg := range call.Args[1:] {
				verb, ok := verbs[i]
				if ok && verb == 'w' {
					continue
				}
				cut := isError(arg)
				// err.Error() hands on the text only.
				if c, ok := arg.(*ast.CallExpr); ok && len(c.Args) == 0 {
					if s, ok := c.Fun.(*ast.SelectorExpr); ok && s.Sel.Name == "Error" && isError(s.X) {
						cut = true
					}
				}
				if cut {
					bad = append(bad, fmt.Sprintf("%s: fmt.Errorf formats an error with %%%c: wrap it with %%w so its exit code stays", fset.Position(arg.Pos()), verb))
				}
			}
			return true
		})
	}
	return bad
}

func constantString(quoted string) string {
	var s string
	if err := json.Unmarshal([]byte(quoted), &s); err != nil {
		// Go's quoting, not JSON's, for a few escapes: keep it as written.
		return quoted
	}
	return s
}

// verbsOf maps each argument index of a format to its verb, following
// explicit indexes ("%[2]d").
func verbsOf(format string) map[int]rune {
	verbs := map[int]rune{}
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && strings.ContainsRune("+-# 0123456789.*[]", rune(format[i])) {
			if format[i] == '[' {
				end := strings.IndexByte(format[i:], ']')
				if end < 0 {
					return verbs
				}
				var n int
				fmt.Sscanf(format[i+1:i+end], "%d", &n)
				arg = n - 1
				i += end
			} else if format[i] == '*' {
				arg++
			}
			i++
		}
		if i >= len(format) || format[i] == '%' {
			continue
		}
		verbs[arg] = rune(format[i])
		arg++
	}
	return verbs
}
