package color

import (
	"fmt"
	"math"
)

// A Palette is one of the fixed color sets of Feishu/Lark documents. Each has
// entries numbered from 1, as the Docx enums number them, and each entry has the
// name that Feishu's Markdown tags use for it ("light-red").
type Palette uint8

// The Feishu palettes.
const (
	// FontColor is the text color enum (Docx FontColor, 1–7).
	FontColor Palette = iota + 1
	// FontBackground is the text highlight enum (Docx FontBackgroundColor, 1–15).
	FontBackground
	// CalloutBackground is the callout fill enum (Docx CalloutBackgroundColor, 1–15).
	CalloutBackground
	// CalloutBorder is the callout border enum (Docx CalloutBorderColor, 1–7).
	CalloutBorder
	// BlockBackground is the whole-block background of Docx text styles, whose
	// wire values are strings ("LightGrayBackground"); see Palette.Key.
	BlockBackground
)

type entry struct {
	name  string // Feishu Markdown tag name
	key   string // Docx wire string (BlockBackground only)
	color RGBA
}

// The editor's colors as reference/feishu.md lists them. FontColor and
// CalloutBorder share one set of hues.
var hues = [...]entry{
	{name: "red", color: Opaque(0xD8, 0x39, 0x31)},
	{name: "orange", color: Opaque(0xDE, 0x78, 0x02)},
	{name: "yellow", color: Opaque(0xDC, 0x9B, 0x04)},
	{name: "green", color: Opaque(0x2E, 0xA1, 0x21)},
	{name: "blue", color: Opaque(0x24, 0x5B, 0xDB)},
	{name: "purple", color: Opaque(0x64, 0x25, 0xD0)},
	{name: "gray", color: Opaque(0x8F, 0x95, 0x9E)},
}

// backgrounds are FontBackgroundColor 1–15 with the editor's RGBA.
var backgrounds = [...]entry{
	{name: "light-red", color: RGBA{251, 191, 188, 1}},
	{name: "light-orange", color: RGBA{254, 212, 164, 0.8}},
	{name: "light-yellow", color: RGBA{255, 246, 122, 0.8}},
	{name: "light-green", color: RGBA{183, 237, 177, 0.8}},
	{name: "light-blue", color: RGBA{186, 206, 253, 0.7}},
	{name: "light-purple", color: RGBA{205, 178, 250, 0.7}},
	{name: "medium-gray", color: RGBA{222, 224, 227, 0.8}},
	{name: "red", color: RGBA{247, 105, 100, 1}},
	{name: "orange", color: RGBA{255, 165, 61, 1}},
	{name: "yellow", color: RGBA{255, 233, 40, 1}},
	{name: "green", color: RGBA{98, 210, 86, 1}},
	{name: "blue", color: RGBA{78, 131, 253, 0.55}},
	{name: "purple", color: RGBA{147, 90, 246, 0.55}},
	{name: "gray", color: RGBA{187, 191, 196, 1}},
	{name: "light-gray", color: RGBA{242, 243, 245, 1}},
}

// calloutNames are the Markdown names of CalloutBackgroundColor 1–15. No
// verified RGB is published for the callout fills, so each slot reuses the
// font background of the same slot (reference/feishu.md says so).
var calloutNames = [...]string{
	"light-red", "light-orange", "light-yellow", "light-green", "light-blue", "light-purple", "light-gray",
	"red", "orange", "yellow", "green", "blue", "purple", "dark-gray", "pale-gray",
}

// blockKeys are the Docx TextStyle.background_color strings by slot. Each slot
// takes the font background color of the same hue: the light hues 1–6, the
// "dark" (saturated) hues 8–13, light gray 7, dark gray 14, pale gray 15.
var blockKeys = [...]struct{ name, key string }{
	{"light-red", "LightRedBackground"},
	{"light-orange", "LightOrangeBackground"},
	{"light-yellow", "LightYellowBackground"},
	{"light-green", "LightGreenBackground"},
	{"light-blue", "LightBlueBackground"},
	{"light-purple", "LightPurpleBackground"},
	{"light-gray", "LightGrayBackground"},
	{"dark-red", "DarkRedBackground"},
	{"dark-orange", "DarkOrangeBackground"},
	{"dark-yellow", "DarkYellowBackground"},
	{"dark-green", "DarkGreenBackground"},
	{"dark-blue", "DarkBlueBackground"},
	{"dark-purple", "DarkPurpleBackground"},
	{"dark-gray", "DarkGrayBackground"},
	{"pale-gray", "PaleGrayBackground"},
}

// String returns the palette's Docx enum name.
func (p Palette) String() string {
	switch p {
	case FontColor:
		return "FontColor"
	case FontBackground:
		return "FontBackgroundColor"
	case CalloutBackground:
		return "CalloutBackgroundColor"
	case CalloutBorder:
		return "CalloutBorderColor"
	case BlockBackground:
		return "BlockBackground"
	}
	return fmt.Sprintf("Palette(%d)", uint8(p))
}

// Len returns the number of entries; valid indexes are 1..Len().
func (p Palette) Len() int {
	switch p {
	case FontColor, CalloutBorder:
		return len(hues)
	case FontBackground, CalloutBackground, BlockBackground:
		return len(backgrounds)
	}
	return 0
}

func (p Palette) entry(i int) (entry, bool) {
	if i < 1 || i > p.Len() {
		return entry{}, false
	}
	switch p {
	case FontColor, CalloutBorder:
		return hues[i-1], true
	case FontBackground:
		return backgrounds[i-1], true
	case CalloutBackground:
		return entry{name: calloutNames[i-1], color: backgrounds[i-1].color}, true
	case BlockBackground:
		k := blockKeys[i-1]
		return entry{name: k.name, key: k.key, color: backgrounds[i-1].color}, true
	}
	return entry{}, false
}

// Color returns the RGBA of entry i, and false when i is out of range.
func (p Palette) Color(i int) (RGBA, bool) {
	e, ok := p.entry(i)
	return e.color, ok
}

// Name returns the Feishu Markdown name of entry i ("light-red"), or "".
func (p Palette) Name(i int) string {
	e, _ := p.entry(i)
	return e.name
}

// Key returns the Docx wire string of a BlockBackground entry
// ("LightRedBackground"), or "" for other palettes and bad indexes.
func (p Palette) Key(i int) string {
	e, _ := p.entry(i)
	return e.key
}

// Lookup returns the index of the entry with the Feishu Markdown name, or for
// BlockBackground also the Docx key.
func (p Palette) Lookup(name string) (int, bool) {
	for i := 1; i <= p.Len(); i++ {
		e, _ := p.entry(i)
		if e.name == name || (e.key != "" && e.key == name) {
			return i, true
		}
	}
	return 0, false
}

// A Match is the palette entry nearest to a color.
type Match struct {
	// Index is the entry, from 1.
	Index int
	// Exact reports that the color is the entry itself, or shows exactly as
	// the entry does once both are composited over white.
	Exact bool
	// Distance is the CIEDE2000 difference between the two as shown on white.
	Distance float64
}

// Nearest returns the palette entry nearest to c on a white page: an exact
// entry when c is one (or shows as one once both are composited over white),
// otherwise the entry with the smallest CIEDE2000 difference among those a
// person could call by c's name: grays for a gray, and for a colored c the
// entries of its hue family (see candidates). Distance alone sends pure blue
// to purple and mid-gray to a strong red, which no one would pick.
func (p Palette) Nearest(c RGBA) Match {
	shown := c.OverWhite()
	for i := 1; i <= p.Len(); i++ {
		e, _ := p.entry(i)
		if e.color == c {
			return Match{Index: i, Exact: true}
		}
	}
	for i := 1; i <= p.Len(); i++ {
		e, _ := p.entry(i)
		if e.color.OverWhite() == shown {
			return Match{Index: i, Exact: true}
		}
	}
	best := Match{Distance: math.Inf(1)}
	lab := toLab(shown)
	for _, i := range p.candidates(toOKLCh(shown)) {
		e, _ := p.entry(i)
		if d := deltaE2000(lab, toLab(e.color.OverWhite())); d < best.Distance {
			best = Match{Index: i, Distance: d}
		}
	}
	return best
}

// neutralChroma is the OKLCh chroma under which a color reads as a gray.
const neutralChroma = 0.02

// hueFamily is how far, in radians, an entry's hue may be from the nearest
// one and still be of the same family (a light and a strong red).
const hueFamily = 25 * math.Pi / 180

// candidates lists the entries of x's class (gray or colored) and, for a
// colored x, of the hue family nearest to it in OKLCh, whose hues do not
// bend towards purple in the blues as CIELAB's do.
func (p Palette) candidates(x oklch) []int {
	neutral := x.c < neutralChroma
	var same []int
	hues := map[int]float64{}
	nearest := math.Inf(1)
	for i := 1; i <= p.Len(); i++ {
		e, _ := p.entry(i)
		o := toOKLCh(e.color.OverWhite())
		if (o.c < neutralChroma) != neutral {
			continue
		}
		same = append(same, i)
		if !neutral {
			d := math.Abs(x.h - o.h)
			if d > math.Pi {
				d = 2*math.Pi - d
			}
			hues[i] = d
			nearest = min(nearest, d)
		}
	}
	if len(same) == 0 {
		out := make([]int, p.Len())
		for i := range out {
			out[i] = i + 1
		}
		return out
	}
	if neutral {
		return same
	}
	family := same[:0:0]
	for _, i := range same {
		if hues[i] <= nearest+hueFamily {
			family = append(family, i)
		}
	}
	return family
}

// ResolveName reads a color written in a Feishu Markdown attribute: a name of
// palette p ("light-red") or any CSS color.
func ResolveName(p Palette, s string) (RGBA, error) {
	if i, ok := p.Lookup(s); ok {
		c, _ := p.Color(i)
		return c, nil
	}
	return Parse(s)
}

// NameOf returns the Feishu Markdown name of c in palette p when c is exactly
// an entry, and otherwise c in CSS.
func NameOf(p Palette, c RGBA) string {
	for i := 1; i <= p.Len(); i++ {
		if e, _ := p.entry(i); e.color == c {
			return e.name
		}
	}
	return c.String()
}
