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

// neutralChroma is the OKLCh chroma under which a color reads as a gray.
const neutralChroma = 0.02

// paletteDistance ranks palette entries for a color the way a person
// names it: a gray goes to a gray entry by lightness; a colored one to the
// entry of the nearest hue, lightness and chroma choosing between a light
// and a strong variant. Pure distance metrics (CIEDE2000, Oklab) send pure
// blue to purple and mid-gray to a strong red, which no one would pick.
func paletteDistance(x, e oklch) float64 {
	const hueWeight, lightWeight, chromaWeight = 1, 3, 3
	xNeutral, eNeutral := x.c < neutralChroma, e.c < neutralChroma
	d := sq(lightWeight*(x.l-e.l)) + sq(chromaWeight*(x.c-e.c))
	if xNeutral != eNeutral {
		// Another class entirely: only when the palette has nothing else.
		return 1e6 + d
	}
	if !xNeutral {
		dh := math.Abs(x.h - e.h)
		if dh > math.Pi {
			dh = 2*math.Pi - dh
		}
		d += sq(hueWeight * dh)
	}
	return d
}

func sq(v float64) float64 { return v * v }
