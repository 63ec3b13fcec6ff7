package color

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// A ParseError describes a string that is not a CSS color.
type ParseError struct {
	Input  string
	Reason string
}

// Error returns a message naming the input and why it is not a color.
func (e *ParseError) Error() string {
	return fmt.Sprintf("color %q: %s", e.Input, e.Reason)
}

// Parse reads a CSS color as pasted web pages write it: hex with 3, 4, 6 or 8
// digits, rgb()/rgba() with commas or spaces, numbers or percentages and an
// optional "/ alpha", hsl()/hsla() with an optional angle unit, the 148 named
// colors and "transparent". Case and surrounding spaces do not matter.
func Parse(s string) (RGBA, error) {
	in := strings.ToLower(strings.TrimSpace(s))
	fail := func(reason string) (RGBA, error) { return RGBA{}, &ParseError{Input: s, Reason: reason} }
	if in == "" {
		return fail("empty")
	}
	if in[0] == '#' {
		return parseHex(s, in[1:])
	}
	if open := strings.IndexByte(in, '('); open > 0 {
		if !strings.HasSuffix(in, ")") {
			return fail("missing closing parenthesis")
		}
		fn := strings.TrimSpace(in[:open])
		args, alpha, err := splitArgs(in[open+1 : len(in)-1])
		if err != "" {
			return fail(err)
		}
		switch fn {
		case "rgb", "rgba":
			return parseRGB(s, args, alpha)
		case "hsl", "hsla":
			return parseHSL(s, args, alpha)
		default:
			return fail("unknown color function " + strconv.Quote(fn))
		}
	}
	if in == "transparent" {
		return RGBA{}, nil
	}
	if v, ok := named[in]; ok {
		return Opaque(uint8(v>>16), uint8(v>>8), uint8(v)), nil
	}
	return fail("not a hex value, a color function or a color name")
}

func parseHex(orig, h string) (RGBA, error) {
	for i := 0; i < len(h); i++ {
		if hexVal(h[i]) < 0 {
			return RGBA{}, &ParseError{Input: orig, Reason: "invalid hex digit " + strconv.QuoteRune(rune(h[i]))}
		}
	}
	d := func(i int) uint8 { return uint8(hexVal(h[i])) }
	switch len(h) {
	case 3, 4:
		c := RGBA{d(0) * 17, d(1) * 17, d(2) * 17, 1}
		if len(h) == 4 {
			c.A = float64(d(3)*17) / 255
		}
		return c, nil
	case 6, 8:
		c := RGBA{d(0)<<4 | d(1), d(2)<<4 | d(3), d(4)<<4 | d(5), 1}
		if len(h) == 8 {
			c.A = float64(d(6)<<4|d(7)) / 255
		}
		return c, nil
	}
	return RGBA{}, &ParseError{Input: orig, Reason: "hex colors have 3, 4, 6 or 8 digits"}
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// splitArgs splits the inside of rgb(...) or hsl(...) into its components and
// an optional alpha, for both the legacy comma syntax and the modern space
// syntax with "/ alpha".
func splitArgs(inner string) (args []string, alpha string, errMsg string) {
	inner = strings.TrimSpace(inner)
	if strings.Contains(inner, ",") {
		parts := strings.Split(inner, ",")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		switch len(parts) {
		case 3:
			return parts, "", ""
		case 4:
			return parts[:3], parts[3], ""
		}
		return nil, "", "expected 3 or 4 comma-separated values"
	}
	main := inner
	if slash := strings.IndexByte(inner, '/'); slash >= 0 {
		main = inner[:slash]
		alpha = strings.TrimSpace(inner[slash+1:])
		if alpha == "" {
			return nil, "", "missing alpha after '/'"
		}
	}
	args = strings.Fields(main)
	if len(args) == 4 && alpha == "" {
		return args[:3], args[3], ""
	}
	if len(args) != 3 {
		return nil, "", "expected 3 values"
	}
	return args, alpha, ""
}

// number parses a CSS number with an optional '%' and reports whether it had one.
func number(s string) (v float64, percent bool, ok bool) {
	if strings.HasSuffix(s, "%") {
		percent = true
		s = s[:len(s)-1]
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false, false
	}
	return f, percent, true
}

func parseAlpha(orig, a string) (float64, error) {
	if a == "" {
		return 1, nil
	}
	v, pct, ok := number(a)
	if !ok {
		return 0, &ParseError{Input: orig, Reason: "invalid alpha " + strconv.Quote(a)}
	}
	if pct {
		v /= 100
	}
	return clamp01(v), nil
}

func parseRGB(orig string, args []string, alpha string) (RGBA, error) {
	var ch [3]uint8
	for i, a := range args {
		v, pct, ok := number(a)
		if !ok {
			return RGBA{}, &ParseError{Input: orig, Reason: "invalid channel " + strconv.Quote(a)}
		}
		if pct {
			v = v * 255 / 100
		}
		ch[i] = uint8(math.Round(math.Max(0, math.Min(255, v))))
	}
	a, err := parseAlpha(orig, alpha)
	if err != nil {
		return RGBA{}, err
	}
	return RGBA{ch[0], ch[1], ch[2], a}, nil
}

func parseHSL(orig string, args []string, alpha string) (RGBA, error) {
	h, err := parseHue(args[0])
	if err != nil {
		return RGBA{}, &ParseError{Input: orig, Reason: err.Error()}
	}
	var sl [2]float64
	for i, a := range args[1:] {
		v, _, ok := number(a)
		if !ok {
			return RGBA{}, &ParseError{Input: orig, Reason: "invalid percentage " + strconv.Quote(a)}
		}
		sl[i] = clamp01(v / 100)
	}
	a, err := parseAlpha(orig, alpha)
	if err != nil {
		return RGBA{}, err
	}
	r, g, b := hslToRGB(h, sl[0], sl[1])
	return RGBA{r, g, b, a}, nil
}

func parseHue(s string) (float64, error) {
	unit := 1.0
	for _, u := range []struct {
		suffix string
		scale  float64
	}{{"deg", 1}, {"grad", 0.9}, {"rad", 180 / math.Pi}, {"turn", 360}} {
		if strings.HasSuffix(s, u.suffix) {
			s, unit = s[:len(s)-len(u.suffix)], u.scale
			break
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("invalid hue %q", s)
	}
	v = math.Mod(v*unit, 360)
	if v < 0 {
		v += 360
	}
	return v, nil
}

// hslToRGB follows the CSS Color 4 reference algorithm.
func hslToRGB(h, s, l float64) (uint8, uint8, uint8) {
	f := func(n float64) uint8 {
		k := math.Mod(n+h/30, 12)
		a := s * math.Min(l, 1-l)
		v := l - a*math.Max(-1, math.Min(math.Min(k-3, 9-k), 1))
		return uint8(math.Round(clamp01(v) * 255))
	}
	return f(0), f(8), f(4)
}
