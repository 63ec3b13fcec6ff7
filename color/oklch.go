package color

import "math"

// oklch is a color in OKLCh: lightness 0–1, chroma, hue in radians.
type oklch struct{ l, c, h float64 }

// toOKLCh converts an opaque sRGB color to OKLCh (Björn Ottosson's Oklab in
// polar form). Oklab keeps hue steady where CIELAB bends it (pure blue
// reads as purple in CIELAB), which is what hue-first matching needs.
func toOKLCh(c RGBA) oklch {
	r, g, b := linear(c.R), linear(c.G), linear(c.B)
	l := math.Cbrt(0.4122214708*r + 0.5363325363*g + 0.0514459929*b)
	m := math.Cbrt(0.2119034982*r + 0.6806995451*g + 0.1073969566*b)
	s := math.Cbrt(0.0883024619*r + 0.2817188376*g + 0.6299787005*b)
	L := 0.2104542553*l + 0.7936177850*m - 0.0040720468*s
	A := 1.9779984951*l - 2.4285922050*m + 0.4505937099*s
	B := 0.0259040371*l + 0.7827717662*m - 0.8086757660*s
	return oklch{L, math.Hypot(A, B), math.Atan2(B, A)}
}
