package color

import (
	"math"
	"strings"
	"testing"
)

func TestParseForms(t *testing.T) {
	cases := []struct {
		in   string
		want RGBA
	}{
		{"#f00", Opaque(255, 0, 0)},
		{"#F00", Opaque(255, 0, 0)},
		{"#f008", RGBA{255, 0, 0, float64(0x88) / 255}},
		{"#d83931", Opaque(0xd8, 0x39, 0x31)},
		{"  #D83931  ", Opaque(0xd8, 0x39, 0x31)},
		{"#d8393180", RGBA{0xd8, 0x39, 0x31, float64(0x80) / 255}},
		{"rgb(216, 57, 49)", Opaque(216, 57, 49)},
		{"rgb(216,57,49)", Opaque(216, 57, 49)},
		{"RGB(216 57 49)", Opaque(216, 57, 49)},
		{"rgba(254, 212, 164, 0.8)", RGBA{254, 212, 164, 0.8}},
		{"rgba(254 212 164 / 0.8)", RGBA{254, 212, 164, 0.8}},
		{"rgb(254 212 164 / 80%)", RGBA{254, 212, 164, 0.8}},
		{"rgb(100%, 0%, 50%)", Opaque(255, 0, 128)},
		{"rgb(300, -5, 12.4)", Opaque(255, 0, 12)},
		{"rgba(0,0,0,1.5)", Opaque(0, 0, 0)},
		{"hsl(0, 100%, 50%)", Opaque(255, 0, 0)},
		{"hsl(120deg 100% 25%)", Opaque(0, 128, 0)},
		{"hsl(240 100% 50%)", Opaque(0, 0, 255)},
		{"hsl(0.5turn, 100%, 50%)", Opaque(0, 255, 255)},
		{"hsl(3.14159265rad, 100%, 50%)", Opaque(0, 255, 255)},
		{"hsl(200grad, 100%, 50%)", Opaque(0, 255, 255)},
		{"hsl(-120, 100%, 50%)", Opaque(0, 0, 255)},
		{"hsla(0, 0%, 100%, 0.5)", RGBA{255, 255, 255, 0.5}},
		{"hsl(60 100% 50% / 25%)", RGBA{255, 255, 0, 0.25}},
		{"red", Opaque(255, 0, 0)},
		{"RebeccaPurple", Opaque(0x66, 0x33, 0x99)},
		{"grey", Opaque(128, 128, 128)},
		{"transparent", RGBA{}},
	}
	for _, c := range cases {
		got, err := Parse(c.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", c.in, err)
			continue
		}
		if got != c.want {
			t.Errorf("Parse(%q) = %+v, want %+v", c.in, got, c.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{
		"", "#", "#12", "#12345", "#ggg", "rgb(1,2)", "rgb(1,2,3", "rgb(a,b,c)",
		"hsl(x, 1%, 1%)", "cmyk(1,2,3,4)", "notacolor", "rgb(1 2 3 /)", "rgba(1,2,3,x)",
		"rgb(NaN, 1, 2)", "currentcolor",
	} {
		_, err := Parse(in)
		if err == nil {
			t.Errorf("Parse(%q): no error", in)
			continue
		}
		if !strings.Contains(err.Error(), "color ") {
			t.Errorf("Parse(%q): error %q does not name the input", in, err)
		}
	}
}

func TestNamedColors(t *testing.T) {
	if len(named) != 148 {
		t.Fatalf("named colors: %d, want 148", len(named))
	}
	for name, v := range named {
		c, err := Parse(strings.ToUpper(name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if uint32(c.R)<<16|uint32(c.G)<<8|uint32(c.B) != v || c.A != 1 {
			t.Errorf("%s = %v", name, c)
		}
	}
}

func TestPrintRoundTrip(t *testing.T) {
	for _, c := range []RGBA{
		Opaque(0xd8, 0x39, 0x31), {254, 212, 164, 0.8}, {1, 2, 3, 0.55}, {0, 0, 0, 0.1234567},
		{9, 8, 7, float64(0x80) / 255},
	} {
		s := c.String()
		back, err := Parse(s)
		if err != nil || back != c {
			t.Errorf("%+v -> %q -> %+v, %v", c, s, back, err)
		}
	}
	if got := Opaque(0xd8, 0x39, 0x31).String(); got != "#d83931" {
		t.Errorf("String = %q", got)
	}
	if got := (RGBA{254, 212, 164, 0.8}).String(); got != "rgba(254, 212, 164, 0.8)" {
		t.Errorf("String = %q", got)
	}
	if got := (RGBA{254, 212, 164, 0.8}).Hex(); got != "#fed4a4cc" {
		t.Errorf("Hex = %q", got)
	}
	var c RGBA
	if err := c.UnmarshalText([]byte("rgba(1, 2, 3, 0.5)")); err != nil || c != (RGBA{1, 2, 3, 0.5}) {
		t.Errorf("UnmarshalText = %+v, %v", c, err)
	}
	if b, _ := (RGBA{}).MarshalText(); len(b) != 0 {
		t.Errorf("zero color marshals to %q", b)
	}
}

// The composited values that reference/feishu.md lists for the font backgrounds.
var composited = []string{"#FBBFBC", "#FEDDB6", "#FFF895", "#C5F1C1", "#CFDDFE", "#DCC9FC", "#E5E6E9",
	"#F76964", "#FFA53D", "#FFE928", "#62D256", "#9EBBFE", "#C4A4FA", "#BBBFC4", "#F2F3F5"}

func TestFontBackgroundCompositesMatchReference(t *testing.T) {
	for i, want := range composited {
		c, _ := FontBackground.Color(i + 1)
		if got := strings.ToUpper(c.OverWhite().Hex()); got != want {
			t.Errorf("FontBackground %d over white = %s, want %s", i+1, got, want)
		}
	}
}

func TestEveryPaletteEntryRoundTrips(t *testing.T) {
	for _, p := range []Palette{FontColor, FontBackground, CalloutBackground, CalloutBorder, BlockBackground} {
		names := map[string]bool{}
		for i := 1; i <= p.Len(); i++ {
			c, ok := p.Color(i)
			if !ok || c.IsZero() {
				t.Fatalf("%v %d: no color", p, i)
			}
			m := p.Nearest(c)
			if m.Index != i || !m.Exact {
				t.Errorf("%v %d: Nearest(%v) = %+v", p, i, c, m)
			}
			// The composited form is the same color on the page.
			if m := p.Nearest(c.OverWhite()); m.Index != i || !m.Exact {
				t.Errorf("%v %d: Nearest(over white %v) = %+v", p, i, c.OverWhite(), m)
			}
			name := p.Name(i)
			if name == "" || names[name] {
				t.Errorf("%v %d: name %q empty or repeated", p, i, name)
			}
			names[name] = true
			if j, ok := p.Lookup(name); !ok || j != i {
				t.Errorf("%v: Lookup(%q) = %d, %v", p, name, j, ok)
			}
			if r, err := ResolveName(p, name); err != nil || r != c {
				t.Errorf("%v: ResolveName(%q) = %v, %v", p, name, r, err)
			}
			if got := NameOf(p, c); got != name {
				t.Errorf("%v: NameOf(%v) = %q, want %q", p, c, got, name)
			}
			if p == BlockBackground {
				key := p.Key(i)
				if j, ok := p.Lookup(key); !ok || j != i || !strings.HasSuffix(key, "Background") {
					t.Errorf("BlockBackground key %q -> %d, %v", key, j, ok)
				}
			}
		}
		if _, ok := p.Color(0); ok {
			t.Errorf("%v: index 0 accepted", p)
		}
		if _, ok := p.Color(p.Len() + 1); ok {
			t.Errorf("%v: index %d accepted", p, p.Len()+1)
		}
	}
}

func TestNearestByHand(t *testing.T) {
	cases := []struct {
		p     Palette
		in    string
		index int
	}{
		{FontColor, "#ff0000", 1},            // pure red → red
		{FontColor, "royalblue", 5},          // → blue
		{FontColor, "#3370ff", 5},            // Lark's brand blue → blue
		{FontColor, "rgb(128,128,128)", 7},   // gray → gray
		{FontColor, "darkorange", 2},         // → orange
		{FontColor, "#008000", 4},            // CSS green → green
		{FontColor, "#800080", 6},            // CSS purple → purple
		{FontBackground, "#ffff00", 10},      // yellow highlighter → yellow
		{FontBackground, "gold", 10},         // → yellow
		{FontBackground, "#fff3b0", 3},       // a pale yellow → light yellow
		{FontBackground, "#dbeafe", 5},       // a pale blue → light blue
		{FontBackground, "#d4edda", 4},       // a pale green → light green
		{FontBackground, "#ffffff", 15},      // white → light gray
		{FontBackground, "#ffc0cb", 1},       // pink → light red
		{CalloutBackground, "#dbeafe", 5},    // a pale blue → light blue
		{BlockBackground, "#f2f3f5", 15},     // exactly pale gray
		{CalloutBorder, "hsl(0,70%,50%)", 1}, // a red → red
		// Hue first: distance alone sends these to the wrong name.
		{FontColor, "blue", 5},           // pure blue → blue, not purple
		{FontColor, "navy", 5},           // → blue
		{FontColor, "magenta", 6},        // → purple
		{FontColor, "violet", 6},         // → purple, not gray
		{FontColor, "pink", 1},           // a light red → red
		{FontColor, "black", 7},          // a gray → gray, not purple
		{FontColor, "#1f2329", 7},        // Feishu's body text → gray
		{FontColor, "lightblue", 5},      // → blue
		{FontColor, "steelblue", 5},      // → blue
		{FontColor, "crimson", 1},        // → red
		{FontColor, "forestgreen", 4},    // → green
		{FontBackground, "blue", 12},     // → blue, not purple
		{FontBackground, "gray", 14},     // mid-gray → gray, not red
		{FontBackground, "purple", 13},   // → purple, not red
		{FontBackground, "lightblue", 5}, // → light blue
		{FontBackground, "#fde2e2", 1},   // a pale red → light red
		{FontBackground, "#e1eaff", 5},   // Feishu's pale blue → light blue
	}
	for _, c := range cases {
		col, err := Parse(c.in)
		if err != nil {
			t.Fatal(err)
		}
		m := c.p.Nearest(col)
		if m.Index != c.index {
			t.Errorf("%v.Nearest(%s) = %d (%s, ΔE %.2f), want %d (%s)", c.p, c.in, m.Index, c.p.Name(m.Index), m.Distance, c.index, c.p.Name(c.index))
		}
	}
	if m := FontColor.Nearest(Opaque(255, 0, 0)); m.Exact || m.Distance <= 0 {
		t.Errorf("pure red is not exactly a palette entry: %+v", m)
	}
}

// Test data from Sharma, Wu and Dalal, "The CIEDE2000 color-difference formula".
func TestDeltaE2000(t *testing.T) {
	cases := []struct {
		a, b lab
		want float64
	}{
		{lab{50, 2.6772, -79.7751}, lab{50, 0, -82.7485}, 2.0425},
		{lab{50, 3.1571, -77.2803}, lab{50, 0, -82.7485}, 2.8615},
		{lab{50, 2.8361, -74.0200}, lab{50, 0, -82.7485}, 3.4412},
		{lab{50, -1.3802, -84.2814}, lab{50, 0, -82.7485}, 1.0000},
		{lab{50, 0, 0}, lab{50, -1, 2}, 2.3669},
		{lab{50, 2.5, 0}, lab{73, 25, -18}, 27.1492},
		{lab{50, 2.5, 0}, lab{50, 3.1736, 0.5854}, 1.0000},
		{lab{60.2574, -34.0099, 36.2677}, lab{60.4626, -34.1751, 39.4387}, 1.2644},
		{lab{22.7233, 20.0904, -46.6940}, lab{23.0331, 14.9730, -42.5619}, 2.0373},
		{lab{2.0776, 0.0795, -1.1350}, lab{0.9033, -0.0636, -0.5514}, 0.9082},
	}
	for _, c := range cases {
		if got := deltaE2000(c.a, c.b); math.Abs(got-c.want) > 1e-4 {
			t.Errorf("ΔE00(%v, %v) = %.4f, want %.4f", c.a, c.b, got, c.want)
		}
	}
}
