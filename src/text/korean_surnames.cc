// Korean surnames and their usual Latin spellings.
#include "text/korean_surnames.h"

#include <algorithm>
#include <string>
#include <vector>

#include "text/korean.h"

namespace embargo {
namespace {

struct Surname {
  std::string_view hangul;
  std::string_view spellings;  // space-separated, most usual first (DPRK/UN usage, then others)
  std::string_view popular;    // the usual South Korean spelling ("lee", "park", "choi")
};

// The common surnames (about 95% of the population in both Koreas) and the two-syllable ones.
// DPRK spellings keep the initial ㄹ (리, 류, 림, 량, 로); the South writes 이, 유, 임, 양, 노.
constexpr Surname kSurnames[] = {
    {"김", "kim gim", "kim"},
    {"리", "ri li lee yi rhee i", "lee"},
    {"이", "lee yi i rhee ri li", "lee"},
    {"박", "pak park bak", "park"},
    {"최", "choe choi chwe", "choi"},
    {"정", "jong chong jeong chung cheong jung", "jung"},
    {"조", "jo cho joh", "cho"},
    {"강", "kang gang", "kang"},
    {"윤", "yun yoon youn", "yoon"},
    {"장", "jang chang", "jang"},
    {"한", "han", "han"},
    {"림", "rim lim im yim", "lim"},
    {"임", "lim im yim rim", "lim"},
    {"오", "o oh", "oh"},
    {"서", "so seo suh", "seo"},
    {"신", "sin shin", "shin"},
    {"권", "kwon gwon", "kwon"},
    {"황", "hwang", "hwang"},
    {"안", "an ahn", "ahn"},
    {"송", "song", "song"},
    {"전", "jon chon jeon chun jun", "jeon"},
    {"홍", "hong", "hong"},
    {"류", "ryu yu yoo ryoo", "ryu"},
    {"유", "yu yoo ryu", "yoo"},
    {"고", "ko go koh", "ko"},
    {"문", "mun moon", "moon"},
    {"량", "ryang yang", "yang"},
    {"양", "yang ryang", "yang"},
    {"손", "son sohn", "son"},
    {"배", "pae bae", "bae"},
    {"백", "paek baek paik", "baek"},
    {"허", "ho heo hur huh", "heo"},
    {"남", "nam", "nam"},
    {"로", "ro no roh noh", "roh"},
    {"노", "no noh roh ro", "noh"},
    {"심", "sim shim", "shim"},
    {"하", "ha", "ha"},
    {"곽", "kwak gwak", "kwak"},
    {"성", "song seong sung", "sung"},
    {"차", "cha", "cha"},
    {"주", "ju chu joo", "joo"},
    {"우", "u woo wu", "woo"},
    {"구", "ku gu koo", "koo"},
    {"민", "min", "min"},
    {"진", "jin chin", "jin"},
    {"지", "ji chi", "ji"},
    {"엄", "om eom um", "eom"},
    {"채", "chae", "chae"},
    {"원", "won", "won"},
    {"천", "chon cheon chun", "cheon"},
    {"방", "pang bang", "bang"},
    {"공", "kong gong", "kong"},
    {"현", "hyon hyeon hyun", "hyun"},
    {"함", "ham", "ham"},
    {"변", "pyon byeon byun", "byun"},
    {"렴", "ryom yom yeom", "yeom"},
    {"염", "yom yeom ryom", "yeom"},
    {"려", "ryo yo yeo", "yeo"},
    {"여", "yo yeo ryo", "yeo"},
    {"추", "chu choo", "choo"},
    {"도", "to do", "do"},
    {"소", "so soh", "so"},
    {"석", "sok seok suk", "seok"},
    {"선", "son seon sun", "sun"},
    {"설", "sol seol sul", "seol"},
    {"마", "ma", "ma"},
    {"길", "kil gil", "gil"},
    {"련", "ryon yon yeon", "yeon"},
    {"연", "yon yeon", "yeon"},
    {"위", "wi wee", "wi"},
    {"표", "pyo phyo", "pyo"},
    {"명", "myong myeong myung", "myung"},
    {"기", "ki gi", "ki"},
    {"반", "pan ban", "ban"},
    {"왕", "wang", "wang"},
    {"금", "kum geum keum", "keum"},
    {"옥", "ok", "ok"},
    {"륙", "ryuk yuk yook", "yook"},
    {"육", "yuk ryuk yook", "yook"},
    {"인", "in", "in"},
    {"맹", "maeng", "maeng"},
    {"제", "je che", "je"},
    {"모", "mo", "mo"},
    {"탁", "thak tak", "tak"},
    {"국", "kuk guk kook", "kook"},
    {"은", "un eun", "eun"},
    {"편", "phyon pyon pyeon", "pyeon"},
    {"룡", "ryong yong", "yong"},
    {"용", "yong ryong", "yong"},
    {"예", "ye", "ye"},
    {"경", "kyong gyeong kyung", "kyung"},
    {"봉", "pong bong", "bong"},
    {"사", "sa", "sa"},
    {"부", "pu bu boo", "boo"},
    {"가", "ka ga", "ka"},
    {"태", "thae tae", "tae"},
    {"계", "kye gye", "kye"},
    {"두", "tu du doo", "doo"},
    {"형", "hyong hyeong hyung", "hyung"},
    {"라", "ra na", "ra"},
    {"나", "na ra", "na"},
    {"빈", "pin bin", "bin"},
    {"순", "sun soon", "soon"},
    {"상", "sang", "sang"},
    {"승", "sung seung", "seung"},
    {"호", "ho", "ho"},
    {"남궁", "namgung namkung namkoong", "namkoong"},
    {"황보", "hwangbo", "hwangbo"},
    {"제갈", "jegal chegal", "jegal"},
    {"선우", "sonu seonu sunwoo", "sunwoo"},
    {"독고", "tokko dokgo", "dokgo"},
    {"사공", "sagong", "sagong"},
    {"서문", "somun seomun", "seomun"},
    {"동방", "tongbang dongbang", "dongbang"},
    {"을지", "ulji eulji", "eulji"},
    {"황목", "hwangmok", "hwangmok"},
    {"망절", "mangjol mangjeol", "mangjeol"},
};

const Surname* Find(std::string_view hangul) {
  for (const Surname& s : kSurnames) {
    if (s.hangul == hangul) return &s;
  }
  return nullptr;
}

}  // namespace

std::vector<std::string> KoreanSurnameSpellings(std::string_view hangul_surname) {
  std::vector<std::string> out;
  const Surname* s = Find(hangul_surname);
  if (s == nullptr) return out;
  std::string_view rest = s->spellings;
  while (!rest.empty()) {
    size_t space = rest.find(' ');
    out.emplace_back(rest.substr(0, space));
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
  }
  return out;
}

namespace korean_internal {

bool IsKnownSurname(std::string_view hangul) { return Find(hangul) != nullptr; }

std::string_view PopularSurnameSpelling(std::string_view hangul) {
  const Surname* s = Find(hangul);
  return s == nullptr ? std::string_view() : s->popular;
}

bool IsTwoSyllableSurname(std::string_view hangul) {
  // Hangul syllables are 3 bytes in UTF-8.
  return hangul.size() == 6 && Find(hangul) != nullptr;
}

}  // namespace korean_internal
}  // namespace embargo
