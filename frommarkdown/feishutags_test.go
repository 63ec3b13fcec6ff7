package frommarkdown

import "testing"

// TestContainerTagsAgree: the reader's table of block tags and the list the
// writer consults (textutil.FeishuContainer) name the same containers.
func TestContainerTagsAgree(t *testing.T) {
	for name := range blockTags {
		heading := name == "h7" || name == "h8" || name == "h9"
		if isContainerTag(name) == heading {
			t.Errorf("%s: container %v", name, !heading)
		}
	}
}
