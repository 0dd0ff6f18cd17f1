//! Which titles belong to which name in a sentence: titles before a name ("Bí thư Tỉnh
//! ủy Trần Đức Thắng"), after it ("Trần Đức Thắng, Bí thư Tỉnh ủy"), a title announcing
//! its holders ("Các Phó Bí thư gồm ông A, bà B"), names listed before a shared post
//! ("A và B được bầu giữ chức ..."), careers ("từng là ...; nguyên ...").

use super::Item;
use crate::extract::roles::TitleMatch;
use crate::extract::Rule;
use crate::text::WordRegex as Regex;
use std::sync::LazyLock;

/// What may stand between a name and its titles, or between two titles: an aside in
/// parentheses ("(SN 1970)", "(thứ 2 từ trái sang)") or opening them before the titles
/// ("(dân tộc Ba Na; Ủy viên ...", "(sinh năm 1967, quê Bình Định; ..."), a birth year
/// between commas ("Bà Lê Thị Ái Nam, sinh năm 1963, Phó Bí thư ...", h41_001), punctuation,
/// an honorific, a rank ("Thường vụ Tỉnh ủy, Đại tá, Chỉ huy trưởng"), "kiêm" (one
/// person holding both posts), "hiện là" (the post held now), "tân" (a post just taken),
/// "nguyên" (a post held before).
static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&super::names::with_official_honorifics(r"(?i)^\s*(?:\((?-i:[^()\p{Lu}]{1,30}|(?:SN|[Ss]inh năm|[Ss]inh)\s*[0-9]{4})\)\s*|\([^()]{1,60}?[;,]\s*)?(?:,\s*(?:sinh năm|sinh ngày|sinh|sn|năm sinh)\s*(?:[0-9]{1,2}[/.-][0-9]{1,2}[/.-])?[0-9]{4}\s*)?(?:[,:–—-]|\(|\)|\s)*\s*(?:{OFFICIAL}\s+)?(?:(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy)\s*,?\s*)?(?:kiêm\s+)?(?:(?:hiện|nay)\s+(?:là\s+|giữ chức\s+)?)?(?:tân\s+)?(?P<former>nguyên\s+)?$")).unwrap()
});
/// "giữ chức", "làm", "(cũng) được bầu làm", "được bầu, giữ chức danh", "vì đã được điều
/// động và bầu giữ chức vụ" (h51_002), "tái đắc cử chức danh", "trúng cử chức", "được
/// giới thiệu giữ chức", "được bầu bổ sung chức", "đảm nhận cương vị": the titles that follow
/// belong to the name before,
/// also past a photo's aside ("đồng chí Võ Văn Dũng (phải) giữ chức ...") or a birth year
/// ("ông Nguyễn Ngọc Quang (SN 1958) đã tái đắc cử chức danh Bí thư Tỉnh ủy", h71_005).
static PREDICATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\s,)]*(?:\((?:(?-i:[^()\p{Lu}]{1,30})|(?:SN|NS|sinh năm|sinh)\s*[0-9]{4})\)\s*)?(?:(?:sau đó|rồi|tiếp đó|vì|do|sau khi)\s+)?(?:(?:cũng|đều|vừa|mới|đã|lần lượt)\s+){0,2}(?:(?:(?:được|đã được|tiếp tục được)\s+(?:[\p{L}]+,?\s+){0,10}?)?(?:tham gia [^.;:]{0,60}?\svà\s+)?(?:tiếp tục\s+)?(?:giữ chức(?: vụ| danh)?|làm|(?:tái đắc cử|đắc cử|trúng cử)(?:\s+lại)?|tái cử|giữ|thay|bầu là|đảm nhiệm|đảm nhận)(?:\s+(?:chức(?: vụ| danh)?|cương vị|vị trí))?|(?:được|đã được|tiếp tục được)\s+(?:[\p{L}]+\s+){1,4}?(?:vào\s+)?chức(?: vụ| danh)?)\s+$").unwrap()
});
/// "ông A từng là ...", "từng đảm nhận các chức vụ như: ...", "đã đảm nhiệm nhiều vị trí
/// công tác như ...", "kinh qua các chức vụ: ..." (h69_006), "trước đó là ...", "trước
/// đây là ...": a career, every title after it the person's (former) post.
static CAREER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*,?[^.;:()]{0,30}?(?:^|\s)(?:(?:đã\s+)?(?:từng|lần lượt)\s+(?:là|giữ|đảm nhận|đảm nhiệm|kinh qua|trải qua|qua)\b|(?:đã\s+(?:đảm nhận|đảm nhiệm|kinh qua|trải qua|giữ)|kinh qua|trải qua)\s+(?:nhiều|các)\b|trước (?:đó|đây),?\s+(?:là|giữ chức|từng)\b)[^.;:]{0,150}?:?\s*$").unwrap()
});
/// A decision on a post, the post written right after it: "chuẩn y", "phê chuẩn", "bổ nhiệm".
static APPROVES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:^|[^\p{L}])(?:chuẩn y|phê chuẩn|chỉ định|bổ nhiệm|công nhận)(?:\s+(?:chức vụ|chức danh|chức))?\s*$").unwrap());
/// A decision relieving someone of a post, the post written right after it: "miễn nhiệm
/// (chức vụ)", "bãi nhiệm", "cho thôi giữ chức", "cho thôi làm": the person held the post
/// until then, a post of before.
static RELIEVES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\p{L}])(?:miễn nhiệm|bãi nhiệm|(?:cho\s+)?thôi\s+(?:giữ|làm|đảm nhiệm))(?:\s+(?:chức vụ|chức danh|chức))?\s*$").unwrap()
});
/// "ông A thôi giữ chức ...", "bà B được miễn nhiệm chức vụ ...": the post that follows is
/// one the person held until then.
static RELIEVED_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[\s,)]*(?:(?:đã|vừa|được|xin)\s+){0,3}(?:(?:thôi|miễn nhiệm|bãi nhiệm)(?:\s+(?:giữ|làm|đảm nhiệm))?)(?:\s+(?:chức vụ|chức danh|chức))?\s+$",
    )
    .unwrap()
});
/// "miễn nhiệm ông A, Phó Chủ tịch UBND tỉnh", "cho thôi giữ chức đối với bà B, ...": a
/// person relieved, named before the post they held.
static RELIEVES_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&super::names::with_official_honorifics(r"(?i)(?:^|[^\p{L}])(?:miễn nhiệm|bãi nhiệm|(?:cho\s+)?thôi\s+(?:giữ|làm|đảm nhiệm))(?:\s+(?:chức vụ|chức danh|chức))?\s+(?:đối với\s+)?(?:{OFFICIAL}\s+)?$")).unwrap()
});
/// The same past other words of the decision ("... và cho thôi làm nhiệm vụ đại biểu HĐND
/// tỉnh Nghệ An khóa XVIII, nhiệm kỳ 2021 - 2026 đối với ông").
static FOR_PERSON_FAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&super::names::with_official_honorifics(r"(?i)^[^.;:]{0,160}?(?:^|\s)đối với\s+(?:{OFFICIAL}\s+)?$")).unwrap());
/// A second decision joined to the first: "và cho thôi làm nhiệm vụ ...".
static ANOTHER_DECISION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:^|[^\p{L}])và\s+(?:cho\s+)?(?:thôi|miễn nhiệm|bãi nhiệm|bổ nhiệm|chuẩn y|phê chuẩn)(?:[^\p{L}]|$)").unwrap());
/// After such a post, the person it is for: "... đối với ông".
static FOR_PERSON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&super::names::with_official_honorifics(r"(?i)^[^.;:]{0,60}?(?:^|\s)đối với\s+(?:{OFFICIAL}\s+)?$")).unwrap());
/// A person's particulars, then the post held now: "Ông A sinh ngày 21/10/1968; dân tộc
/// Mông; quê quán ...; trình độ ...; hiện là Bí thư Huyện ủy Sìn Hồ". The particulars open
/// with a word of a biography and run to "hiện là", "hiện đang giữ chức", "nay là".
static PARTICULARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*,?\s*(?:sinh|sn|năm sinh|quê|dân tộc)\b[^.!?]{0,400}?[;,]\s*(?:hiện nay|hiện|nay)\s+(?:đang\s+)?(?:là|giữ chức(?: vụ)?)\s+$").unwrap()
});
/// Within a career: what may stand between two of its titles (no name, no sentence end).
static CAREER_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[^.!?]{0,80}$").unwrap());
/// "Các Phó Bí thư Tỉnh ủy gồm các ông:", "Hai Phó Bí thư là đồng chí", "các Phó Bí thư
/// Tỉnh ủy tỉnh này gồm", "3 Phó Bí thư khóa mới gồm", "5 Phó Chủ tịch, bao gồm bà", "Các
/// Phó Chủ tịch UBND tỉnh trong nhiệm kỳ này, gồm ông" (h38_001): a
/// title, then the names holding it.
static LIST_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\s+[\p{Ll}0-9]+){0,5}?\s*,?\s*(?i:là|(?:bao\s+)?gồm(?:\s+có)?)\s*(?i:các\s+)?(?i:(?:đồng chí|ông|bà|anh|chị)\s*)?:?\s*(?i:(?:đồng chí|ông|bà|anh|chị)\s+)?$",
    )
    .unwrap()
});
/// What joins the members of such a list (and their own titles): punctuation, "và",
/// "cùng (với) các ông", an honorific ("anh", "chị" too: "Ba phó bí thư Tỉnh Đoàn gồm:
/// anh A, anh B và chị C", h48_002), and an aside in small letters after a member ("Bà A (tái cử), ông B (mới),
/// bà C (nữ)": "(tái cử)", "(tái đắc cử)", "(mới)", "(nữ)").
static LIST_GLUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:\((?-i:[^()\p{Lu}0-9]{1,30})\)\s*)?[\s,;:()–-]*(?:(?:và|cùng(?:\s+với)?(?:\s+các)?)\s+)?(?:(?:đồng chí|ông|bà|anh|chị)\s+)?$")
        .unwrap()
});
/// What joins the members of a list, a rank before a member's name included ("; Đại tá
/// B, Giám đốc Công an tỉnh").
fn list_glue(gap: &str) -> bool {
    LIST_GLUE.is_match(gap) || LIST_GLUE.is_match(super::names::without_honorific_end(gap))
}
/// What joins names listed together: "A, B", "A và B", "A và đồng chí B" (not ", ông B",
/// which as often starts a new clause about someone else).
static NAME_GLUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&super::names::with_official_honorifics(r"(?i)^\s*(?:,|(?:,\s*)?và\s*(?:{OFFICIAL}\s+)?)\s*$")).unwrap());
/// What stands between a person and the post they are made or are: "A làm", "A là", "A
/// giữ chức", "A được bầu làm".
static MADE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s+(?:(?:được|đã được|tiếp tục)\s+(?:bầu\s+)?)?(?:làm|là|giữ chức(?:\s+vụ)?)\s+$").unwrap());
/// ") và B": a parenthesis closing one member's titles, then the next member.
static PAREN_NAME_GLUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&super::names::with_official_honorifics(r"(?i)^\s*\)\s*(?:,|(?:,\s*)?và)\s*(?:{OFFICIAL}\s+)?$")).unwrap());
/// A title written in the plural: "các", "những", or a count; or the body a plural
/// stands in ("các đồng chí trong Ban Thường vụ Tỉnh ủy").
static PLURAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\p{L}])(?:các|những|hai|ba|bốn|năm|\d+)(?:\s+(?:đồng chí|ông|bà|vị)(?:\s+(?:trong|thuộc))?)?(?:\s+nguyên)?\s*$").unwrap()
});
/// A plural title, then a colon and the people holding it: "các đồng chí Ủy viên T.Ư
/// Đảng: A, ...; B, ...", "các đồng chí nguyên Tổng Bí thư BCH T.Ư Đảng Cộng sản Việt
/// Nam: A, B" (what the title left of its organisation may stand before the colon).
static PLURAL_COLON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&super::names::with_official_honorifics(r"(?i)^[^.;:()]{0,40}:\s*(?:{OFFICIAL}\s+)?$")).unwrap());
/// "Bí thư Tỉnh ủy, đồng chí Nguyễn Văn A": a title set before a name in apposition.
static APPOSITION: LazyLock<Regex> = LazyLock::new(|| Regex::new(&super::names::with_official_honorifics(r"(?i)^\s*,\s*{OFFICIAL}\s+$")).unwrap());
/// A title of the person someone acts for: "thay mặt", "(thừa) ủy quyền (của)", "thừa lệnh
/// (của)": the name set after it by a comma is the deputy's ("phát biểu của Bí thư Tỉnh
/// ủy, đồng chí A" is A's own title, so "của" alone is not enough).
static ON_BEHALF_OF: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:^|[^\p{L}])(?:thay mặt|ủy quyền|thừa lệnh)(?:\s+của)?\s*$").unwrap());
/// "Title – Name": a dash between a title chain and the name it belongs to.
static DASH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*[–—-]\s*$").unwrap());
/// What joins the members of a list who each have their own titles and share a post
/// named after the list: "A, T; B, T", "A, T và ông B, T".
static MEMBER_JOINER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&super::names::with_official_honorifics(r"(?i)^\s*(?:;|,?\s*và)\s*(?:{OFFICIAL}\s+)?$")).unwrap());

/// One link: (name item index, title, former, the rule that linked them).
type Link<'a> = (usize, &'a TitleMatch, bool, Rule);

/// Which titles belong to which name: (name item index, title, former, the rule that linked them).
pub(super) fn link<'a>(sentence: &str, items: &'a [Item]) -> Vec<(usize, &'a TitleMatch, bool, Rule)> {
    let mut links = Vec::new();
    let mut claimed = vec![false; items.len()];
    let dash_mode = opens_with_dash_chains(sentence, items);
    titles_before_names(sentence, items, dash_mode, &mut links, &mut claimed);
    titles_announcing_holders(sentence, items, &mut links, &mut claimed);
    posts_approved_for_person(sentence, items, &mut links, &mut claimed);
    careers(sentence, items, &mut links, &mut claimed);
    posts_after_particulars(sentence, items, &mut links, &mut claimed);
    titles_after_names(sentence, items, &mut links, &mut claimed);
    links
}

/// The text between two items of the sentence.
fn gap_between<'s>(sentence: &'s str, a: &Item, b: &Item) -> &'s str {
    &sentence[a.end()..b.start()]
}

/// Whether only a space, an honorific or a rank stands between two items ("Bí thư Tỉnh ủy
/// Nguyễn Văn A", "... đồng chí A", "... Đại tá A").
fn tight_between(sentence: &str, a: &Item, b: &Item) -> bool {
    let g = &sentence[a.end()..b.start()];
    let g = g.trim().to_lowercase();
    g.is_empty() || ["đồng chí", "đ/c", "ông", "bà"].contains(&g.as_str()) || super::names::only_rank(&g)
}

/// Whether the sentence opens with a title chain and gives the first name after a dash,
/// so that each chain is written before its name: "UVTW Đảng, Bí thư Tỉnh ủy – Nguyễn Văn
/// Được, Phó Bí thư Thường trực Tỉnh ủy - Nguyễn Thanh Hải chủ trì".
fn opens_with_dash_chains(sentence: &str, items: &[Item]) -> bool {
    let gap = |a: &Item, b: &Item| gap_between(sentence, a, b);
    let first_name = items.iter().position(|it| matches!(it, Item::Name { .. }));
    matches!(items.first(), Some(Item::Title(_)))
        && first_name.is_some_and(|n| n > 0 && matches!(items[n - 1], Item::Title(_)) && DASH.is_match(gap(&items[n - 1], &items[n])))
}

/// Titles right before a name, joined to it by a space: "Bí thư Tỉnh ủy Nguyễn Văn A";
/// a plural title before a list of names gives it to all of them.
fn titles_before_names<'a>(sentence: &str, items: &'a [Item], dash_mode: bool, links: &mut Vec<Link<'a>>, claimed: &mut [bool]) {
    let gap = |a: &Item, b: &Item| gap_between(sentence, a, b);
    for i in 0..items.len() {
        if !matches!(items[i], Item::Name { .. }) || i == 0 {
            continue;
        }
        let (chain, j, apposition) = title_chain_before(sentence, items, i, dash_mode, claimed);
        let before_rule = if apposition {
            Rule::TITLE_COMMA_NAME
        } else if dash_mode && DASH.is_match(gap(&items[i - 1], &items[i])) {
            Rule::TITLE_DASH_NAME
        } else {
            Rule::TITLE_BEFORE_NAME
        };
        for (k, t, former) in chain {
            links.push((i, t, former, before_rule));
            claimed[k] = true;
        }
        // "các Phó Chủ tịch UBND tỉnh A, B": a plural title before a list of names.
        if j < i && PLURAL.is_match(&sentence[..items[j].start()]) {
            let shared: Vec<(&TitleMatch, bool)> = links.iter().filter(|(n, _, _, _)| *n == i).map(|(_, t, f, _)| (*t, *f)).collect();
            let mut k = i + 1;
            while k < items.len() && matches!(items[k], Item::Name { .. }) && NAME_GLUE.is_match(gap(&items[k - 1], &items[k])) {
                for (t, f) in &shared {
                    links.push((k, *t, *f, Rule::PLURAL_TITLE_LIST));
                }
                k += 1;
            }
        }
    }
}

/// The chain of titles written before name `i` that are its own: (title index, title,
/// former) from the nearest back, the index of the chain's first item (`i` if none), and
/// whether the chain is set off by a comma and an honorific ("Bí thư Tỉnh ủy, đồng chí A").
fn title_chain_before<'a>(sentence: &str, items: &'a [Item], i: usize, dash_mode: bool, claimed: &[bool]) -> (Vec<(usize, &'a TitleMatch, bool)>, usize, bool) {
    let gap = |a: &Item, b: &Item| gap_between(sentence, a, b);
    let tight = |a: &Item, b: &Item| tight_between(sentence, a, b);
    let mut j = i;
    let mut first = true;
    let mut apposition = false;
    let mut chain: Vec<(usize, &TitleMatch, bool)> = Vec::new();
    // Whether the chain stopped at titles that go on another name's chain.
    let mut follows_another_name = false;
    while j > 0 {
        let prev = &items[j - 1];
        let Item::Title(t) = prev else { break };
        let joined = if first {
            // (Not a plural title: "các đồng chí Ủy viên Ban Thường vụ, đồng chí A, ...".)
            // "Bộ trưởng Bộ Công an, Đại tướng A": a rank stands where the honorific does.
            let set_off = APPOSITION.is_match(gap(prev, &items[j])) || super::names::comma_and_rank(gap(prev, &items[j]));
            apposition = set_off && !PLURAL.is_match(&sentence[..t.start]);
            tight(prev, &items[j]) || apposition || dash_mode && DASH.is_match(gap(prev, &items[j]))
        } else {
            SEPARATOR.is_match(gap(prev, &items[j]))
        };
        if !joined || claimed[j - 1] {
            break;
        }
        // A title chain that follows another name with a comma or a dash is that name's
        // (not when a verb or a semicolon ends that name's clause: "A phát biểu; tiếp đó,
        // Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy B").
        // (Not in a list written title first: "... Trưởng Ban Tổ chức Trung ương Tô Huy Rứa,
        // nguyên Ủy viên Bộ Chính trị, nguyên Bí thư Thành ủy Hà Nội Phạm Quang Nghị": a
        // name whose own titles stand right before it ends its item, h63_002, h68_003.)
        let after_name = |g: &str| (g.contains(',') || g.contains(['–', '—', '-'])) && SEPARATOR.is_match(g);
        let titled_before = |k: usize| k > 0 && matches!(items[k - 1], Item::Title(_)) && tight(&items[k - 1], &items[k]);
        if !first && !dash_mode && j >= 2 && matches!(items[j - 2], Item::Name { .. }) && after_name(gap(&items[j - 2], prev)) && !titled_before(j - 2) {
            follows_another_name = true;
            break;
        }
        chain.push((j - 1, t, written_as_former(sentence, prev)));
        first = false;
        j -= 1;
    }
    // "Bí thư Tỉnh ủy, đồng chí A": a title set before a name by a comma and an
    // honorific is that name's, unless the title follows another name ("B, Bí thư
    // Tỉnh ủy, đồng chí A, ...": B's) or is the object of "của", "thay mặt" ("Thừa ủy
    // quyền của Chủ tịch nước, Thiếu tướng A": A acts for the President, is not him).
    // Nor when the titles go on the chain of a name before them: "ông A – Ủy viên Trung
    // ương Đảng, Bí thư Tỉnh ủy, bà B – ...": an honorific and a name end A's item.
    let object = apposition && chain.last().is_some_and(|(_, t, _)| ON_BEHALF_OF.is_match(&sentence[..t.start]));
    // Nor when the title is what a name before it is made: "có ông A làm Bí thư Tỉnh ủy,
    // ông B làm Phó Bí thư Thường trực" (h65_004): A's.
    let another_names =
        apposition && (follows_another_name || j > 0 && matches!(items[j - 1], Item::Name { .. }) && MADE.is_match(gap(&items[j - 1], &items[j])));
    if object || another_names || apposition && j > 0 && matches!(items[j - 1], Item::Name { .. }) && SEPARATOR.is_match(gap(&items[j - 1], &items[j])) {
        chain.clear();
        j = i;
    }
    (chain, j, apposition)
}

/// A title announcing who holds it: "Các Phó Bí thư Tỉnh ủy gồm ông A, Chủ tịch UBND
/// tỉnh; bà B và ông C" gives it to every name listed, "Bí thư là đồng chí A" to one.
fn titles_announcing_holders<'a>(sentence: &str, items: &'a [Item], links: &mut Vec<Link<'a>>, claimed: &mut [bool]) {
    let gap = |a: &Item, b: &Item| gap_between(sentence, a, b);
    let tight = |a: &Item, b: &Item| tight_between(sentence, a, b);
    for j in 0..items.len() {
        let Item::Title(t) = &items[j] else { continue };
        let plural = PLURAL.is_match(&sentence[..t.start]);
        let opens = |n: &Item| LIST_OPENER.is_match(gap(&items[j], n)) || plural && PLURAL_COLON.is_match(gap(&items[j], n));
        // "các đồng chí Ủy viên Bộ Chính trị: Thường trực Ban Bí thư A; Bộ trưởng Bộ Công an,
        // Đại tướng B": a plural title's members each written after their own titles.
        let titled_members = plural
            && items.get(j + 1).is_some_and(|n| matches!(n, Item::Title(_)) && PLURAL_COLON.is_match(gap(&items[j], n)))
            && items
                .get(j + 2)
                .is_some_and(|n| matches!(n, Item::Name { .. }) && (tight(&items[j + 1], n) || super::names::comma_and_rank(gap(&items[j + 1], n))));
        // (The first member's chain may have taken the plural title already.)
        if !titled_members && (claimed[j] || !items.get(j + 1).is_some_and(|n| matches!(n, Item::Name { .. }) && opens(n))) {
            continue;
        }
        let former = written_as_former(sentence, &items[j]);
        let mut k = j + 1;
        while k < items.len() && (k == j + 1 || list_glue(gap(&items[k - 1], &items[k]))) {
            match &items[k] {
                Item::Name { .. } => {
                    if k > j + 1 && !plural {
                        break;
                    }
                    // Names listed bare ("nguyên Tổng Bí thư ...: Đỗ Mười, Lê Khả Phiêu; Đại
                    // tướng Lê Đức Anh, nguyên Chủ tịch nước"): a ";" after them ends the list.
                    let bare_pair = k >= j + 3
                        && matches!(items[k - 1], Item::Name { .. })
                        && matches!(items[k - 2], Item::Name { .. })
                        && gap(&items[k - 2], &items[k - 1]).contains(',');
                    if bare_pair && gap(&items[k - 1], &items[k]).contains(';') {
                        break;
                    }
                    // "Các phó bí thư gồm: Ông A, Phó Bí thư Thường trực Tỉnh ủy, ...": a member
                    // who states a narrower form of the listed post (data/roles.tsv `broader`)
                    // after a comma holds that one, not both; one in parentheses
                    // ("Ông A (Phó Bí thư Thường trực khóa XVI)") may be a post of before.
                    let narrower_own = items.get(k + 1).is_some_and(|n| match n {
                        Item::Title(own) => {
                            let g = gap(&items[k], n);
                            crate::extract::roles::narrower_form_of(&own.code, &t.code) && g.contains([',', '-', '–', ':']) && !g.contains(['(', ';'])
                        }
                        _ => false,
                    });
                    if !narrower_own && !links.iter().any(|(n, t2, _, _)| *n == k && std::ptr::eq(*t2, t)) {
                        links.push((k, t, former, if plural { Rule::PLURAL_TITLE_LIST } else { Rule::TITLE_ANNOUNCES_HOLDERS }));
                    }
                }
                // Another plural title opens another list.
                Item::Title(t2) if titled_members && PLURAL.is_match(&sentence[..t2.start]) => break,
                // A member's own titles, written before the member's name.
                Item::Title(_) if titled_members => {}
                // A title written before the next name opens another unit, not this list's.
                Item::Title(_) if items.get(k + 1).is_some_and(|n| matches!(n, Item::Name { .. }) && tight(&items[k], n)) => break,
                Item::Title(_) => {}
            }
            k += 1;
        }
        claimed[j] = true;
    }
}

/// A post approved for the person named after it: "chuẩn y Bí thư Tỉnh ủy Thái Bình
/// nhiệm kỳ 2015-2020 đối với ông Ngô Đông Hải"; or relieved ("miễn nhiệm chức Phó Chủ
/// tịch UBND tỉnh đối với ông A": a post of before).
fn posts_approved_for_person<'a>(sentence: &str, items: &'a [Item], links: &mut Vec<Link<'a>>, claimed: &mut [bool]) {
    let gap = |a: &Item, b: &Item| gap_between(sentence, a, b);
    for j in 0..items.len().saturating_sub(1) {
        let Item::Title(t) = &items[j] else { continue };
        let relieved = RELIEVES.is_match(&sentence[..t.start]);
        if claimed[j] || !(relieved || APPROVES.is_match(&sentence[..t.start])) {
            continue;
        }
        // The person: the first name after it, past a second decision and at most two other
        // titles ("miễn nhiệm Chủ tịch HĐND tỉnh và cho thôi làm nhiệm vụ đại biểu HĐND
        // tỉnh Nghệ An khóa XVIII, nhiệm kỳ 2021 - 2026 đối với ông Thái Thanh Quý", h75_003),
        // in the same clause.
        let Some(first) = (j + 1..items.len()).find(|&k| matches!(items[k], Item::Name { .. })).filter(|&k| k <= j + 3) else { continue };
        let between = &sentence[t.end..items[first].start()];
        let for_person = FOR_PERSON.is_match(gap(&items[first - 1], &items[first])) && first == j + 1
            || ANOTHER_DECISION.is_match(between) && FOR_PERSON_FAR.is_match(between);
        if !for_person || between.contains(['.', ';']) {
            continue;
        }
        links.push((first, t, relieved, Rule::POST_APPROVED_FOR_PERSON));
        // "... đối với ông Nguyễn Chương và ông Vương Văn Thành": each name of the list.
        let mut k = first;
        while let Some(next @ Item::Name { .. }) = items.get(k + 1) {
            if !NAME_GLUE.is_match(gap(&items[k], next)) {
                break;
            }
            links.push((k + 1, t, relieved, Rule::POST_APPROVED_FOR_PERSON));
            k += 1;
        }
        claimed[j] = true;
    }
}

/// The post held now, written after a person's particulars (`PARTICULARS`), and the
/// titles joined to it: "Ông Đoàn Đức Long sinh ngày 13/11/1961; ...; hiện là Giám đốc
/// Sở Giao thông Vận tải Lai Châu".
fn posts_after_particulars<'a>(sentence: &str, items: &'a [Item], links: &mut Vec<Link<'a>>, claimed: &mut [bool]) {
    for i in 0..items.len().saturating_sub(1) {
        if !matches!(items[i], Item::Name { .. }) || claimed[i + 1] || !PARTICULARS.is_match(gap_between(sentence, &items[i], &items[i + 1])) {
            continue;
        }
        let mut j = i + 1;
        while let Some(Item::Title(t)) = items.get(j) {
            if claimed[j] || j > i + 1 && SEPARATOR.captures(gap_between(sentence, &items[j - 1], &items[j])).is_none_or(|c| c.name("former").is_some()) {
                break;
            }
            links.push((i, t, false, Rule::POST_AFTER_PARTICULARS));
            claimed[j] = true;
            j += 1;
        }
    }
}

/// A career: "ông A từng là Bí thư Huyện ủy X; nguyên Trưởng Ban Nội chính Tỉnh ủy Y; ...".
fn careers<'a>(sentence: &str, items: &'a [Item], links: &mut Vec<Link<'a>>, claimed: &mut [bool]) {
    let gap = |a: &Item, b: &Item| gap_between(sentence, a, b);
    for i in 0..items.len() {
        if !matches!(items[i], Item::Name { .. }) || !items.get(i + 1).is_some_and(|t| matches!(t, Item::Title(_)) && CAREER.is_match(gap(&items[i], t))) {
            continue;
        }
        let mut j = i + 1;
        while let Some(Item::Title(t)) = items.get(j) {
            if claimed[j] || j > i + 1 && !CAREER_GAP.is_match(gap(&items[j - 1], &items[j])) {
                break;
            }
            links.push((i, t, true, Rule::CAREER_TITLES));
            claimed[j] = true;
            j += 1;
        }
    }
}

/// Titles after a name: "Trần Đức Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"; after
/// a list of names sharing what follows, each of theirs.
fn titles_after_names<'a>(sentence: &str, items: &'a [Item], links: &mut Vec<Link<'a>>, claimed: &mut [bool]) {
    let tight = |a: &Item, b: &Item| tight_between(sentence, a, b);
    for i in 0..items.len() {
        if !matches!(items[i], Item::Name { .. }) {
            continue;
        }
        let (group, k) = names_sharing_what_follows(sentence, items, i, links, claimed);
        let mut j = k;
        let mut prev_end = items[k - 1].end();
        let mut predicate_seen = false;
        let mut relieved_seen = false;
        let mut sharing: Vec<usize> = Vec::new();
        // "miễn nhiệm ông A, Phó Chủ tịch UBND tỉnh": the one post written after the person
        // relieved is the post relieved of (of several, which one cannot be told).
        let relieved_person = RELIEVES_PERSON.is_match(crate::text::clip_tail(&sentence[..items[i].start()], 80));
        let first_link = links.len();
        while j < items.len() {
            let Item::Title(t) = &items[j] else { break };
            let g = &sentence[prev_end..t.start];
            let separator = SEPARATOR.captures(g);
            let relieved = RELIEVED_OF.is_match(g);
            let predicate = PREDICATE.is_match(g) || relieved;
            relieved_seen |= relieved;
            if separator.is_none() && !predicate && !respectively(sentence, items, &group, j) {
                break;
            }
            if claimed[j] {
                break;
            }
            // Titles before the next name belong to it ("...; Phó Bí thư Tỉnh ủy Nguyễn Văn B").
            if items.get(j + 1).is_some_and(|n| matches!(n, Item::Name { .. }) && tight(&items[j], n)) {
                break;
            }
            let former = separator.is_some_and(|c| c.name("former").is_some()) || relieved_seen;
            if predicate && !predicate_seen {
                // "Ba đồng chí: A, T; B, T; C, T được bầu giữ chức Phó Bí thư": the members
                // listed before, each with their own titles, share the post.
                sharing = members_before(sentence, items, group[0]);
            }
            if respectively(sentence, items, &group, j) {
                // "A và B lần lượt trúng cử chức danh T1 và T2": the k-th name holds the
                // k-th title.
                let k = j - (group[group.len() - 1] + 1);
                links.push((group[k], t, former, Rule::NAME_THEN_PREDICATE_TITLE));
            } else if group.len() == 1 || predicate || predicate_seen {
                let rule = if predicate || predicate_seen { Rule::NAME_THEN_PREDICATE_TITLE } else { Rule::NAME_THEN_TITLE };
                for &n in &group {
                    links.push((n, t, former, rule));
                }
                for &n in &sharing {
                    links.push((n, t, former, Rule::MEMBERS_SHARE_POST));
                }
            } else {
                links.push((*group.last().unwrap(), t, former, Rule::NAME_THEN_TITLE));
            }
            predicate_seen |= predicate;
            claimed[j] = true;
            prev_end = t.end;
            j += 1;
        }
        if relieved_person && group.len() == 1 && links.len() == first_link + 1 && !predicate_seen {
            links[first_link].2 = true;
        }
    }
}

/// Whether the titles right after a list of names (`group`; the title at `j` among them)
/// are given to them in turn: "lần lượt" (respectively) before the first title, and as
/// many titles joined by "và" or "," as names.
fn respectively(sentence: &str, items: &[Item], group: &[usize], j: usize) -> bool {
    static IN_TURN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\blần lượt\b").unwrap());
    if group.len() < 2 {
        return false;
    }
    let last_name = *group.last().unwrap();
    let first = last_name + 1;
    if first != last_name + 1 || !IN_TURN.is_match(&sentence[items[last_name].end()..items[first].start()]) {
        return false;
    }
    let mut count = 1;
    while first + count < items.len()
        && matches!(items[first + count], Item::Title(_))
        && LIST_GLUE.is_match(&sentence[items[first + count - 1].end()..items[first + count].start()])
    {
        count += 1;
    }
    count == group.len() && j - first < count
}

/// The names listed from name `i` that share what follows them ("Hoàng Giang, Trần Huy
/// Tuấn ... giữ chức"; "A (Title) và B (Title) được bầu giữ chức ...": each member's own
/// titles in parentheses are linked as theirs), and the index of the item after the list.
fn names_sharing_what_follows<'a>(sentence: &str, items: &'a [Item], i: usize, links: &mut Vec<Link<'a>>, claimed: &mut [bool]) -> (Vec<usize>, usize) {
    let gap = |a: &Item, b: &Item| gap_between(sentence, a, b);
    let mut group = vec![i];
    let mut k = i + 1;
    while k < items.len() {
        if matches!(items[k], Item::Name { .. }) && (NAME_GLUE.is_match(gap(&items[k - 1], &items[k])) || closed_by_and(sentence, items, k)) {
            group.push(k);
            k += 1;
            continue;
        }
        if !matches!(items[k], Item::Title(_)) || claimed[k] || !gap(&items[k - 1], &items[k]).trim_end().ends_with('(') {
            break;
        }
        let mut m = k;
        while m + 1 < items.len()
            && matches!(items[m + 1], Item::Title(_))
            && LIST_GLUE.is_match(gap(&items[m], &items[m + 1]))
            && !gap(&items[m], &items[m + 1]).contains(')')
        {
            m += 1;
        }
        let closes_into_next = items.get(m + 1).is_some_and(|n| matches!(n, Item::Name { .. }) && PAREN_NAME_GLUE.is_match(gap(&items[m], n)));
        if !closes_into_next {
            break;
        }
        let owner = *group.last().unwrap();
        for t in &items[k..=m] {
            if let Item::Title(t) = t {
                links.push((owner, t, false, Rule::NAME_THEN_TITLE_ASIDE));
            }
        }
        claimed[k..=m].iter_mut().for_each(|c| *c = true);
        group.push(m + 1);
        k = m + 2;
    }
    (group, k)
}

/// Whether name `k`, after ", ông" (", bà", ", đồng chí"), goes on a list that "và" closes
/// further on with names alone: "Bà Bùi Thị Hòa, ông Nguyễn Bốn và ông Nguyễn Đức Luyện
/// được bầu ...". (Without the "và", ", ông B" as often opens a clause about someone else:
/// "chuyển giao nhiệm vụ cho ông A, ông B giữ chức ...".)
fn closed_by_and(sentence: &str, items: &[Item], k: usize) -> bool {
    static HONORIFIC_COMMA: LazyLock<Regex> = LazyLock::new(|| Regex::new(&super::names::with_official_honorifics(r"(?i)^\s*,\s*{OFFICIAL}\s+$")).unwrap());
    static AND: LazyLock<Regex> = LazyLock::new(|| Regex::new(&super::names::with_official_honorifics(r"(?i)^\s*(?:,\s*)?và\s*(?:{OFFICIAL}\s+)?$")).unwrap());
    let gap = |a: usize, b: usize| &sentence[items[a].end()..items[b].start()];
    if !HONORIFIC_COMMA.is_match(gap(k - 1, k)) {
        return false;
    }
    let mut m = k;
    while m + 1 < items.len() && matches!(items[m + 1], Item::Name { .. }) {
        let g = gap(m, m + 1);
        if AND.is_match(g) {
            return true;
        }
        if !HONORIFIC_COMMA.is_match(g) && !NAME_GLUE.is_match(g) {
            return false;
        }
        m += 1;
    }
    false
}

/// The members of a list before name `i`, each written with their own titles and joined
/// by ";" or "và": "A, T; B, T và ông C, T" before C, or "Title A và Title B" before B.
fn members_before(sentence: &str, items: &[Item], i: usize) -> Vec<usize> {
    let gap = |a: usize, b: usize| &sentence[items[a].end()..items[b].start()];
    let is_title = |k: usize| matches!(items[k], Item::Title(_));
    // Where a member's unit starts: its name, or the titles written right before it.
    let unit_start = |n: usize| {
        let mut u = n;
        while u > 0 && is_title(u - 1) && (if u == n { gap(u - 1, u).trim().is_empty() } else { SEPARATOR.is_match(gap(u - 1, u)) }) {
            u -= 1;
        }
        u
    };
    let mut members = Vec::new();
    let mut start = unit_start(i);
    while start > 0 && MEMBER_JOINER.is_match(gap(start - 1, start)) {
        // Back over the previous member's own titles to its name.
        let mut k = start - 1;
        while k > 0 && is_title(k) && SEPARATOR.is_match(gap(k - 1, k)) {
            k -= 1;
        }
        if is_title(k) {
            break;
        }
        members.push(k);
        start = unit_start(k);
    }
    members
}

/// "nguyên Chủ nhiệm ...": a post held before.
fn written_as_former(sentence: &str, title: &Item) -> bool {
    sentence[..title.start()].trim_end().to_lowercase().ends_with("nguyên")
}
