package model

import (
	"strings"
	"sync"
)

// The canonical code languages are the names of the Docx CodeLanguage enum,
// in its order; tag is the word a Markdown fence or an HTML class uses, and
// aliases are other words for the same language. Dialects and relatives (zsh,
// Clojure, Sass) are not aliases: a Markdown round trip keeps them as written,
// and only a writer that needs an enum approximates them (see docx).
var languages = [...]struct {
	name    string
	tag     string
	aliases []string
}{
	{"PlainText", "text", []string{"plaintext", "plain", "txt", "none", "nohighlight"}},
	{"ABAP", "abap", nil},
	{"Ada", "ada", []string{"adb", "ads"}},
	{"Apache", "apache", []string{"apacheconf", "htaccess"}},
	{"Apex", "apex", nil},
	{"Assembly", "asm", []string{"assembly", "nasm", "x86asm", "gas", "armasm", "s"}},
	{"Bash", "bash", []string{"sh", "shellscript"}},
	{"CSharp", "csharp", []string{"c#", "cs"}},
	{"C++", "cpp", []string{"c++", "cc", "cxx", "hpp", "hxx", "hh"}},
	{"C", "c", []string{"h"}},
	{"COBOL", "cobol", []string{"cob", "cbl"}},
	{"CSS", "css", nil},
	{"CoffeeScript", "coffeescript", []string{"coffee", "coffee-script"}},
	{"D", "d", nil},
	{"Dart", "dart", nil},
	{"Delphi", "delphi", []string{"objectpascal"}},
	{"Django", "django", []string{"htmldjango"}},
	{"Dockerfile", "dockerfile", []string{"docker", "containerfile"}},
	{"Erlang", "erlang", []string{"erl"}},
	{"Fortran", "fortran", []string{"f90", "f95", "f03", "f77", "for"}},
	{"FoxPro", "foxpro", []string{"vfp"}},
	{"Go", "go", []string{"golang"}},
	{"Groovy", "groovy", []string{"gradle"}},
	{"HTML", "html", []string{"htm", "xhtml"}},
	{"HTMLBars", "htmlbars", nil},
	{"HTTP", "http", nil},
	{"Haskell", "haskell", []string{"hs"}},
	{"JSON", "json", []string{"jsonc", "json5", "jsonl", "geojson"}},
	{"Java", "java", nil},
	{"JavaScript", "javascript", []string{"js", "jsx", "mjs", "cjs", "node", "ecmascript"}},
	{"Julia", "julia", []string{"jl"}},
	{"Kotlin", "kotlin", []string{"kt", "kts"}},
	{"LaTeX", "latex", []string{"tex"}},
	{"Lisp", "lisp", []string{"common-lisp", "cl"}},
	{"Logo", "logo", nil},
	{"Lua", "lua", nil},
	{"MATLAB", "matlab", nil},
	{"Makefile", "makefile", []string{"make", "mk", "mak"}},
	{"Markdown", "markdown", []string{"md", "mkd", "mdown", "gfm"}},
	{"Nginx", "nginx", []string{"nginxconf"}},
	{"Objective-C", "objectivec", []string{"objective-c", "objc", "obj-c"}},
	{"OpenEdgeABL", "openedge", []string{"openedgeabl", "abl", "progress"}},
	{"PHP", "php", []string{"php3", "php4", "php5", "php7", "php8"}},
	{"Perl", "perl", []string{"pl", "pm"}},
	{"PostScript", "postscript", []string{"eps"}},
	{"PowerShell", "powershell", []string{"ps1", "pwsh", "posh", "psm1"}},
	{"Prolog", "prolog", nil},
	{"ProtoBuf", "protobuf", []string{"proto", "proto3"}},
	{"Python", "python", []string{"py", "python3", "py3", "python2", "gyp", "ipython"}},
	{"R", "r", []string{"rscript"}},
	{"RPG", "rpg", []string{"rpgle"}},
	{"Ruby", "ruby", []string{"rb", "gemspec", "podspec", "rake"}},
	{"Rust", "rust", []string{"rs"}},
	{"SAS", "sas", nil},
	{"SCSS", "scss", nil},
	{"SQL", "sql", nil},
	{"Scala", "scala", []string{"sc"}},
	{"Scheme", "scheme", []string{"scm"}},
	{"Scratch", "scratch", nil},
	{"Shell", "shell", []string{"console", "shell-session", "shellsession", "sh-session", "terminal"}},
	{"Swift", "swift", nil},
	{"Thrift", "thrift", nil},
	{"TypeScript", "typescript", []string{"ts", "tsx", "mts", "cts"}},
	{"VBScript", "vbscript", []string{"vbs"}},
	{"Visual Basic", "vbnet", []string{"visual-basic", "visualbasic", "vb", "vba", "vb.net"}},
	{"XML", "xml", []string{"xsd", "xsl", "xslt", "rss", "atom", "plist", "svg", "wsdl"}},
	{"YAML", "yaml", []string{"yml"}},
	{"CMake", "cmake", []string{"cmakelists"}},
	{"Diff", "diff", []string{"patch", "udiff"}},
	{"Gherkin", "gherkin", []string{"cucumber", "feature"}},
	{"GraphQL", "graphql", []string{"gql"}},
	{"OpenGL Shading Language", "glsl", []string{"opengl-shading-language", "vert", "frag"}},
	{"Properties", "properties", []string{"java-properties"}},
	{"Solidity", "solidity", []string{"sol"}},
	{"TOML", "toml", nil},
}

// Languages returns the canonical language names in Docx CodeLanguage order
// (index 0 is enum value 1).
func Languages() []string {
	out := make([]string, len(languages))
	for i, l := range languages {
		out[i] = l.name
	}
	return out
}

// CanonicalLanguage maps what a Markdown fence, an HTML class or a Docx name
// says to the canonical language name ("golang" → "Go", "py" → "Python",
// "sh" → "Bash", "yml" → "YAML"), case-insensitively. A word that is not a
// known language is returned as it is; "" stays "".
func CanonicalLanguage(s string) string {
	if s == "" {
		return ""
	}
	if name, ok := languageIndex()[strings.ToLower(s)]; ok {
		return name
	}
	return s
}

// languageIndex maps every lowercase tag, name and alias to the canonical
// name; built once, read only.
var languageIndex = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	add := func(k, name string) {
		if _, taken := m[k]; !taken { // the first language to claim a word keeps it
			m[k] = name
		}
	}
	for _, l := range languages {
		add(l.tag, l.name)
		add(strings.ToLower(l.name), l.name)
		for _, a := range l.aliases {
			add(a, l.name)
		}
	}
	return m
})

// LanguageTag returns the word a Markdown fence or an HTML class uses for a
// canonical language name ("C++" → "cpp"); names it does not know are
// returned as they are.
func LanguageTag(name string) string {
	for _, l := range languages {
		if l.name == name {
			return l.tag
		}
	}
	return name
}

// IsKnownLanguage reports whether name is a canonical language name.
func IsKnownLanguage(name string) bool {
	for _, l := range languages {
		if l.name == name {
			return true
		}
	}
	return false
}
