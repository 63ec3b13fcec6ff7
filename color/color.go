// Package color holds the RGBA colors of the document model: CSS parsing and
// printing, the Feishu/Lark palettes, and nearest-palette matching by CIEDE2000.
package color

import (
	"math"
	"strconv"
	"strings"
)

// An RGBA is an sRGB color with 8-bit channels and an alpha between 0 and 1.
//
// Alpha is a float because the OKR format stores it so (0.55, 0.8): a color
// read from OKR is written back with exactly the same alpha. The zero value,
// fully transparent black, means "no color" throughout the model.
type RGBA struct {
	R, G, B uint8
	A       float64
}

// Opaque returns the opaque color with the given channels.
func Opaque(r, g, b uint8) RGBA { return RGBA{r, g, b, 1} }

// IsZero reports whether c is the zero value, which the model reads as "no color".
func (c RGBA) IsZero() bool { return c == RGBA{} }

// OverWhite returns c composited over a white page, as the editor shows it.
func (c RGBA) OverWhite() RGBA {
	if c.A >= 1 {
		return RGBA{c.R, c.G, c.B, 1}
	}
	a := math.Max(0, c.A)
	mix := func(v uint8) uint8 { return uint8(math.Round(float64(v)*a + 255*(1-a))) }
	return RGBA{mix(c.R), mix(c.G), mix(c.B), 1}
}

// Hex returns "#rrggbb", or "#rrggbbaa" when c is not opaque.
func (c RGBA) Hex() string {
	const digits = "0123456789abcdef"
	buf := make([]byte, 0, 9)
	buf = append(buf, '#')
	for _, v := range [3]uint8{c.R, c.G, c.B} {
		buf = append(buf, digits[v>>4], digits[v&15])
	}
	if c.A < 1 {
		v := uint8(math.Round(clamp01(c.A) * 255))
		buf = append(buf, digits[v>>4], digits[v&15])
	}
	return string(buf)
}

// String returns c in CSS: "#rrggbb" when opaque, otherwise
// "rgba(r, g, b, a)" with the alpha printed exactly.
func (c RGBA) String() string {
	if c.A >= 1 {
		return c.Hex()
	}
	var b strings.Builder
	b.WriteString("rgba(")
	b.WriteString(strconv.Itoa(int(c.R)))
	b.WriteString(", ")
	b.WriteString(strconv.Itoa(int(c.G)))
	b.WriteString(", ")
	b.WriteString(strconv.Itoa(int(c.B)))
	b.WriteString(", ")
	b.WriteString(strconv.FormatFloat(c.A, 'f', -1, 64))
	b.WriteByte(')')
	return b.String()
}

// MarshalText encodes c as String does; the zero color encodes as "".
func (c RGBA) MarshalText() ([]byte, error) {
	if c.IsZero() {
		return nil, nil
	}
	return []byte(c.String()), nil
}

// UnmarshalText parses any CSS color; "" is the zero color.
func (c *RGBA) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = RGBA{}
		return nil
	}
	v, err := Parse(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

func clamp01(v float64) float64 {
	if v < 0 || math.IsNaN(v) {
		return 0
	}
	if v > 1 {
		return 1
	}
	return v
}
