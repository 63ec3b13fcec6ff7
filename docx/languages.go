package docx

// CodeLanguage is the CodeLanguage enum, 1 to 75.
type CodeLanguage int

// codeLanguages are the enum's names in order from 1, exactly as
// reference/feishu.md lists them. The model's canonical language names are
// these (model.Languages).
var codeLanguages = [...]string{
	"PlainText", "ABAP", "Ada", "Apache", "Apex", "Assembly", "Bash", "CSharp", "C++", "C", "COBOL", "CSS",
	"CoffeeScript", "D", "Dart", "Delphi", "Django", "Dockerfile", "Erlang", "Fortran", "FoxPro", "Go",
	"Groovy", "HTML", "HTMLBars", "HTTP", "Haskell", "JSON", "Java", "JavaScript", "Julia", "Kotlin", "LaTeX",
	"Lisp", "Logo", "Lua", "MATLAB", "Makefile", "Markdown", "Nginx", "Objective-C", "OpenEdgeABL", "PHP",
	"Perl", "PostScript", "PowerShell", "Prolog", "ProtoBuf", "Python", "R", "RPG", "Ruby", "Rust", "SAS",
	"SCSS", "SQL", "Scala", "Scheme", "Scratch", "Shell", "Swift", "Thrift", "TypeScript", "VBScript",
	"Visual Basic", "XML", "YAML", "CMake", "Diff", "Gherkin", "GraphQL", "OpenGL Shading Language",
	"Properties", "Solidity", "TOML",
}

// String returns the language's name ("Python"), or "" when c is not 1–75.
func (c CodeLanguage) String() string {
	if c < 1 || int(c) > len(codeLanguages) {
		return ""
	}
	return codeLanguages[c-1]
}

// LanguageByName returns the enum value of a canonical language name.
func LanguageByName(name string) (CodeLanguage, bool) {
	for i, n := range codeLanguages {
		if n == name {
			return CodeLanguage(i + 1), true
		}
	}
	return 0, false
}

// relatives maps languages without an enum value to the nearest one: the
// writer uses it, with a warning, rather than plain text.
var relatives = map[string]string{
	"zsh": "Shell", "fish": "Shell", "ksh": "Shell", "csh": "Shell", "bat": "Shell", "cmd": "Shell",
	"sass": "SCSS", "less": "CSS", "clojure": "Lisp", "clj": "Lisp", "elisp": "Lisp", "emacs-lisp": "Lisp",
	"racket": "Scheme", "jsx": "JavaScript", "vue": "HTML", "svelte": "HTML", "handlebars": "HTMLBars",
	"mustache": "HTMLBars", "jinja": "Django", "jinja2": "Django", "pascal": "Delphi", "octave": "MATLAB",
	"mysql": "SQL", "postgresql": "SQL", "postgres": "SQL", "plsql": "SQL", "tsql": "SQL", "sqlite": "SQL",
	"ini": "Properties", "conf": "Properties", "dotenv": "Properties", "objective-c++": "Objective-C",
	"objc++": "Objective-C", "mermaid": "PlainText", "plantuml": "PlainText", "console": "Shell",
	"terraform": "PlainText", "hcl": "PlainText", "nix": "PlainText", "csv": "PlainText",
}

// NearestLanguage returns the enum value for a language that has none of
// its own ("zsh" → Shell), and false when there is no near one.
func NearestLanguage(name string) (CodeLanguage, bool) {
	if n, ok := relatives[toLower(name)]; ok {
		return LanguageByName(n)
	}
	return 0, false
}

func toLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}
