package term

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func sample() *Table {
	return &Table{
		Columns: []Column{
			{Key: "id", Title: "ID"},
			{Key: "title", Title: "TITLE", Shrink: true},
			{Key: "family", Title: "FAMILY", Drop: 1},
			{Key: "boss", Title: "REPORTS TO", Shrink: true, Drop: 2},
		},
		Rows: [][]string{
			{"social-media-manager", "Responsable médias sociaux et communautés", "management", "Responsable du digital"},
			{"web", "Web|master", "web", ""},
		},
	}
}

func TestExport(t *testing.T) {
	tests := []struct {
		format string
		tty    bool
		width  int
		want   string
	}{
		{"table", false, 0, "social-media-manager\tResponsable médias sociaux et communautés\tmanagement\tResponsable du digital\nweb\tWeb|master\tweb\t\n"},
		{"csv", false, 0, "id,title,family,boss\nsocial-media-manager,Responsable médias sociaux et communautés,management,Responsable du digital\nweb,Web|master,web,\n"},
		{"markdown", false, 0, "| ID | TITLE | FAMILY | REPORTS TO |\n| --- | --- | --- | --- |\n| social-media-manager | Responsable médias sociaux et communautés | management | Responsable du digital |\n| web | Web\\|master | web |  |\n"},
		{"json", false, 0, "[\n  {\n    \"boss\": \"Responsable du digital\",\n    \"family\": \"management\",\n    \"id\": \"social-media-manager\",\n    \"title\": \"Responsable médias sociaux et communautés\"\n  },\n  {\n    \"boss\": \"\",\n    \"family\": \"web\",\n    \"id\": \"web\",\n    \"title\": \"Web|master\"\n  }\n]\n"},
		{"table", true, 120, "ID                    TITLE                                      FAMILY      REPORTS TO\nsocial-media-manager  Responsable médias sociaux et communautés  management  Responsable du digital\nweb                   Web|master                                 web\n"},
		// Shrunk first, then REPORTS TO goes, then the title is cut.
		{"table", true, 60, "ID                    TITLE                       FAMILY\nsocial-media-manager  Responsable médias sociau…  management\nweb                   Web|master                  web\n"},
		{"table", true, 40, "ID                    TITLE\nsocial-media-manager  Responsable média…\nweb                   Web|master\n"},
	}
	for _, tt := range tests {
		ios, _, out, _ := Test(nil)
		ios.SetTTY(tt.tty, tt.tty, tt.width)
		if err := ios.Export(tt.format, sample()); err != nil {
			t.Fatal(err)
		}
		if out.String() != tt.want {
			t.Errorf("%s tty=%v width %d:\n%s\nwant:\n%s", tt.format, tt.tty, tt.width, out, tt.want)
		}
		if tt.tty {
			for _, l := range strings.Split(out.String(), "\n") {
				if ansi.StringWidth(l) > tt.width {
					t.Errorf("width %d: line %q", tt.width, l)
				}
			}
		}
	}
	ios, _, _, _ := Test(nil)
	if err := ios.Export("yaml", sample()); err == nil || err.Error() != `invalid --format "yaml": use one of table, json, csv, markdown` {
		t.Errorf("bad format: %v", err)
	}
}
