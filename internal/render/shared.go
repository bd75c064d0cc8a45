package render

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"sync"
	"text/template/parse"

	"github.com/jobdesc/jobdesc/internal/posting"
)

// A template may lay out part of a posting once per base and reuse it
// for every posting of that base (a batch of a thousand postings of one
// role renders its missions once): {{shared "name" .}} executes the
// template "name" with the posting the first time a base asks for it,
// and gives the same text after. It is correct only if that template
// reads nothing but what every posting of a base has alike, which
// checkShared proves when the template is parsed.

// sharedCache holds, per template name and base, the text laid out.
type sharedCache struct {
	mu   sync.Mutex
	text map[sharedKey]string
}

type sharedKey struct {
	name string
	base *posting.Base
}

// get returns the text of template name for p, from exec the first time
// p's base asks. A posting with no base is laid out every time.
func (c *sharedCache) get(name string, p *posting.Posting, exec func(*bytes.Buffer) error) (string, error) {
	k := sharedKey{name, p.Base()}
	if k.base != nil {
		c.mu.Lock()
		s, ok := c.text[k]
		c.mu.Unlock()
		if ok {
			return s, nil
		}
	}
	var buf bytes.Buffer
	if err := exec(&buf); err != nil {
		return "", err
	}
	s := buf.String()
	if k.base != nil {
		c.mu.Lock()
		if c.text == nil {
			c.text = map[sharedKey]string{}
		}
		c.text[k] = s
		c.mu.Unlock()
	}
	return s, nil
}

// checkShared finds every {{shared "name" .}} of a template set's trees
// and checks that each template so named reads only the posting's shared
// fields.
func checkShared(trees []*parse.Tree) error {
	byName := map[string]*parse.Tree{}
	for _, t := range trees {
		if t != nil {
			byName[t.Name] = t
		}
	}
	lookup := func(name string) *parse.Tree { return byName[name] }
	shared := posting.SharedFields()
	for _, t := range trees {
		if t == nil || t.Root == nil {
			continue
		}
		var err error
		walkCommands(t.Root, func(c *parse.CommandNode) {
			if err != nil || len(c.Args) < 2 {
				return
			}
			if id, ok := c.Args[0].(*parse.IdentifierNode); !ok || id.Ident != "shared" {
				return
			}
			s, ok := c.Args[1].(*parse.StringNode)
			if !ok {
				err = fmt.Errorf("%s: shared takes a template name in quotes", t.ParseName)
				return
			}
			callee := lookup(s.Text)
			if callee == nil {
				err = fmt.Errorf("%s: shared names no template %q", t.ParseName, s.Text)
				return
			}
			err = (&sharedCheck{lookup: lookup, allowed: shared, seen: map[string]bool{}}).template(callee)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// walkCommands calls f on every command of the tree.
func walkCommands(n parse.Node, f func(*parse.CommandNode)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n != nil {
			for _, c := range n.Nodes {
				walkCommands(c, f)
			}
		}
	case *parse.ActionNode:
		walkCommands(n.Pipe, f)
	case *parse.PipeNode:
		if n != nil {
			for _, c := range n.Cmds {
				f(c)
				for _, a := range c.Args {
					walkCommands(a, f)
				}
			}
		}
	case *parse.IfNode:
		walkCommands(n.Pipe, f)
		walkCommands(n.List, f)
		walkCommands(n.ElseList, f)
	case *parse.RangeNode:
		walkCommands(n.Pipe, f)
		walkCommands(n.List, f)
		walkCommands(n.ElseList, f)
	case *parse.WithNode:
		walkCommands(n.Pipe, f)
		walkCommands(n.List, f)
		walkCommands(n.ElseList, f)
	case *parse.TemplateNode:
		walkCommands(n.Pipe, f)
	case *parse.ChainNode:
		walkCommands(n.Node, f)
	}
}

// sharedCheck walks a template executed with the posting as dot. Where
// dot (or $, or a variable set to it) is the posting, only shared fields
// may be read, and the posting itself may be handed to nothing but
// another shared template; elsewhere dot is a value of a shared field.
type sharedCheck struct {
	lookup  func(string) *parse.Tree
	allowed []string
	seen    map[string]bool
	tree    *parse.Tree
	whole   map[string]bool // variables that hold the posting
}

func (c *sharedCheck) template(t *parse.Tree) error {
	if c.seen[t.Name] {
		return nil
	}
	c.seen[t.Name] = true
	outer, outerWhole := c.tree, c.whole
	c.tree, c.whole = t, map[string]bool{"$": true}
	err := c.list(t.Root, true)
	c.tree, c.whole = outer, outerWhole
	return err
}

func (c *sharedCheck) fail(n parse.Node, format string, args ...any) error {
	loc, _ := c.tree.ErrorContext(n)
	return fmt.Errorf("%s: %s, which differs between postings of one role: lay it out with template, not shared", loc, fmt.Sprintf(format, args...))
}

func (c *sharedCheck) list(l *parse.ListNode, root bool) error {
	if l == nil {
		return nil
	}
	for _, n := range l.Nodes {
		var err error
		switch n := n.(type) {
		case *parse.ActionNode:
			_, err = c.pipe(n.Pipe, root)
		case *parse.IfNode:
			err = c.branch(&n.BranchNode, root, true)
		case *parse.RangeNode:
			err = c.branch(&n.BranchNode, root, false)
		case *parse.WithNode:
			err = c.branch(&n.BranchNode, root, false)
		case *parse.TemplateNode:
			var whole bool
			if whole, err = c.pipe(n.Pipe, root); err == nil && whole {
				callee := c.lookup(n.Name)
				if callee == nil {
					return c.fail(n, "template %q is not defined", n.Name)
				}
				err = c.template(callee)
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// branch checks if, range and with: keep says dot stays what it was (if),
// else dot becomes the pipeline's value, the posting only when the
// pipeline is the posting itself.
func (c *sharedCheck) branch(b *parse.BranchNode, root, keep bool) error {
	// Variables declared in a branch, its pipeline's included, end with it.
	saved := maps.Clone(c.whole)
	defer func() { c.whole = saved }()
	whole, err := c.pipe(b.Pipe, root)
	if err != nil {
		return err
	}
	inner := root && (keep || whole)
	if err := c.list(b.List, inner); err != nil {
		return err
	}
	c.whole = maps.Clone(saved)
	return c.list(b.ElseList, root)
}

// pipe checks a pipeline and says whether its value is the posting.
func (c *sharedCheck) pipe(p *parse.PipeNode, root bool) (bool, error) {
	if p == nil {
		return false, nil
	}
	whole := false
	for i, cmd := range p.Cmds {
		fn := ""
		if id, ok := cmd.Args[0].(*parse.IdentifierNode); ok {
			fn = id.Ident
		}
		for j, a := range cmd.Args {
			w, err := c.arg(a, root)
			if err != nil {
				return false, err
			}
			switch {
			case !w:
			case len(cmd.Args) == 1 && i == len(p.Cmds)-1:
				whole = true // the pipeline is the posting: {{template "x" .}}
			case fn == "shared" && j == 2:
			default:
				return false, c.fail(a, "it hands the whole posting on")
			}
		}
	}
	for _, v := range p.Decl {
		if whole {
			c.whole[v.Ident[0]] = true
		} else {
			delete(c.whole, v.Ident[0])
		}
	}
	return whole, nil
}

// arg checks one argument and says whether it is the posting itself.
func (c *sharedCheck) arg(n parse.Node, root bool) (bool, error) {
	switch n := n.(type) {
	case *parse.DotNode:
		return root, nil
	case *parse.FieldNode:
		if root && !slices.Contains(c.allowed, n.Ident[0]) {
			return false, c.fail(n, "it reads .%s", n.Ident[0])
		}
	case *parse.VariableNode:
		if !c.whole[n.Ident[0]] {
			return false, nil
		}
		if len(n.Ident) == 1 {
			return true, nil
		}
		if !slices.Contains(c.allowed, n.Ident[1]) {
			return false, c.fail(n, "it reads %s.%s", n.Ident[0], n.Ident[1])
		}
	case *parse.ChainNode:
		w, err := c.arg(n.Node, root)
		if err != nil || !w {
			return false, err
		}
		if !slices.Contains(c.allowed, n.Field[0]) {
			return false, c.fail(n, "it reads .%s", n.Field[0])
		}
	case *parse.PipeNode:
		return c.pipe(n, root)
	}
	return false, nil
}
