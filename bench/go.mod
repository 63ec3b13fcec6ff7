module github.com/richtext-go/richtext/bench

go 1.26.0

require (
	github.com/JohannesKaufmann/html-to-markdown/v2 v2.5.2
	github.com/richtext-go/richtext v0.0.0-00010101000000-000000000000
	github.com/yuin/goldmark v1.8.7
	golang.org/x/net v0.62.0
)

require github.com/JohannesKaufmann/dom v0.3.1 // indirect

replace github.com/richtext-go/richtext => ../
