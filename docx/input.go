package docx

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/richtext-go/richtext/internal/jsonerr"
)

// An Input is a list of blocks in any of the shapes the API produces, with
// what the shape says about their order and their images.
type Input struct {
	// Document is the document record, when the input has one.
	Document *Document
	// Blocks are the blocks in input order.
	Blocks []*Block
	// FirstLevel lists the top-level block ids (convert API
	// first_level_block_ids, descendants children_id), or nil.
	FirstLevel []string
	// ImageURLs maps image block ids to the URLs the convert API returns.
	ImageURLs map[string]string
	// Shape names the shape that was read: "items", "document", "convert",
	// "descendants" or "array".
	Shape string
	// Path is the member that held the blocks ("data.items"), for messages.
	Path string
}

// ImageURL pairs an image block with the URL of its picture.
type ImageURL struct {
	BlockID  string `json:"block_id"`
	ImageURL string `json:"image_url"`
}

type envelope struct {
	Code               *int            `json:"code"`
	Msg                string          `json:"msg"`
	Data               json.RawMessage `json:"data"`
	Items              []*Block        `json:"items"`
	Document           *Document       `json:"document"`
	Blocks             []*Block        `json:"blocks"`
	FirstLevelBlockIDs []string        `json:"first_level_block_ids"`
	BlockIDToImageURLs []ImageURL      `json:"block_id_to_image_urls"`
	ChildrenID         []string        `json:"children_id"`
	Descendants        []*Block        `json:"descendants"`
}

// Decode reads every input shape: the list-blocks data {"items":[…]} and its
// API envelope {"code":0,"data":{…}}, {"document":{…},"blocks":[…]}, the
// convert API response {"first_level_block_ids":[…],"blocks":[…]}, a
// descendants request {"children_id":[…],"descendants":[…]}, and a bare array
// of blocks. Errors name where in the input they are.
func Decode(data []byte) (*Input, error) {
	data = bytes.TrimPrefix(bytes.TrimSpace(data), []byte("\xef\xbb\xbf"))
	if len(data) == 0 {
		return nil, errors.New("docx: empty input")
	}
	if data[0] == '[' {
		var bs []*Block
		if err := json.Unmarshal(data, &bs); err != nil {
			return nil, describe(data, "", err)
		}
		return &Input{Blocks: noNil(bs), Shape: "array"}, nil
	}
	in, err := decodeObject(data, "")
	if err != nil {
		return nil, err
	}
	in.Blocks = noNil(in.Blocks)
	return in, nil
}

// noNil puts an empty block where the input had null, as a []Block would
// have: blocks are decoded through pointers so that a long list grows by
// moving pointers, not whole blocks.
func noNil(bs []*Block) []*Block {
	for i, b := range bs {
		if b == nil {
			bs[i] = &Block{}
		}
	}
	return bs
}

func decodeObject(data []byte, prefix string) (*Input, error) {
	var env envelope
	if err := json.Unmarshal(data, &env); err != nil {
		return nil, describe(data, prefix, err)
	}
	if env.Code != nil && *env.Code != 0 {
		return nil, fmt.Errorf("docx: %sthe API answered code %d: %s", pathPrefix(prefix), *env.Code, env.Msg)
	}
	in := &Input{Document: env.Document}
	switch {
	case env.Items != nil:
		in.Blocks, in.Shape, in.Path = env.Items, "items", prefix+"items"
	case env.Blocks != nil:
		in.Blocks, in.Path = env.Blocks, prefix+"blocks"
		in.Shape = "document"
		if env.FirstLevelBlockIDs != nil {
			in.Shape = "convert"
		}
	case env.Descendants != nil:
		in.Blocks, in.Shape, in.Path = env.Descendants, "descendants", prefix+"descendants"
	case len(env.Data) > 0 && !bytes.Equal(env.Data, []byte("null")):
		inner, err := decodeObject(env.Data, prefix+"data.")
		if err != nil {
			return nil, err
		}
		if inner.Document == nil {
			inner.Document = env.Document
		}
		return inner, nil
	default:
		return nil, fmt.Errorf("docx: %sno blocks: want items, blocks, descendants or data", pathPrefix(prefix))
	}
	in.FirstLevel = env.FirstLevelBlockIDs
	if env.ChildrenID != nil {
		in.FirstLevel = env.ChildrenID
	}
	if len(env.BlockIDToImageURLs) > 0 {
		in.ImageURLs = make(map[string]string, len(env.BlockIDToImageURLs))
		for _, u := range env.BlockIDToImageURLs {
			in.ImageURLs[u.BlockID] = u.ImageURL
		}
	}
	return in, nil
}

func pathPrefix(p string) string {
	if p == "" {
		return ""
	}
	return strings.TrimSuffix(p, ".") + ": "
}

// describe turns an encoding/json error into one that names the place:
// line and column for malformed JSON, the member's path for a value of the
// wrong type ("items[3].text.elements[1].text_run.content").
func describe(data []byte, prefix string, err error) error {
	return jsonerr.Describe("docx", data, prefix, err)
}

// RawBlocks decodes the input again without types, to recover the JSON of
// blocks and elements that the typed structs cannot hold (unknown block types,
// unknown text elements). It is called only when such a thing was met.
func RawBlocks(data []byte, in *Input) ([]json.RawMessage, error) {
	data = bytes.TrimPrefix(bytes.TrimSpace(data), []byte("\xef\xbb\xbf"))
	if len(data) > 0 && data[0] == '[' {
		var arr []json.RawMessage
		err := json.Unmarshal(data, &arr)
		return arr, err
	}
	cur := data
	for _, step := range strings.Split(in.Path, ".") {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(cur, &obj); err != nil {
			return nil, err
		}
		cur = obj[step]
	}
	var arr []json.RawMessage
	err := json.Unmarshal(cur, &arr)
	return arr, err
}
