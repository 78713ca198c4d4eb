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
};

// The common surnames (about 95% of the population in both Koreas) and the two-syllable ones.
// DPRK spellings keep the initial ㄹ (리, 류, 림, 량, 로); the South writes 이, 유, 임, 양, 노.
constexpr Surname kSurnames[] = {
    {"김", "kim gim"},
    {"리", "ri li lee yi rhee i"},
    {"이", "lee yi i rhee ri li"},
    {"박", "pak park bak"},
    {"최", "choe choi chwe"},
    {"정", "jong chong jeong chung cheong"},
    {"조", "jo cho joh"},
    {"강", "kang gang"},
    {"윤", "yun yoon youn"},
    {"장", "jang chang"},
    {"한", "han"},
    {"림", "rim lim im yim"},
    {"임", "lim im yim rim"},
    {"오", "o oh"},
    {"서", "so seo suh"},
    {"신", "sin shin"},
    {"권", "kwon gwon"},
    {"황", "hwang"},
    {"안", "an ahn"},
    {"송", "song"},
    {"전", "jon chon jeon chun jun"},
    {"홍", "hong"},
    {"류", "ryu yu yoo ryoo"},
    {"유", "yu yoo ryu"},
    {"고", "ko go koh"},
    {"문", "mun moon"},
    {"량", "ryang yang"},
    {"양", "yang ryang"},
    {"손", "son sohn"},
    {"배", "pae bae"},
    {"백", "paek baek paik"},
    {"허", "ho heo hur huh"},
    {"남", "nam"},
    {"로", "ro no roh noh"},
    {"노", "no noh roh ro"},
    {"심", "sim shim"},
    {"하", "ha"},
    {"곽", "kwak gwak"},
    {"성", "song seong sung"},
    {"차", "cha"},
    {"주", "ju chu joo"},
    {"우", "u woo wu"},
    {"구", "ku gu koo"},
    {"민", "min"},
    {"진", "jin chin"},
    {"지", "ji chi"},
    {"엄", "om eom um"},
    {"채", "chae"},
    {"원", "won"},
    {"천", "chon cheon chun"},
    {"방", "pang bang"},
    {"공", "kong gong"},
    {"현", "hyon hyeon hyun"},
    {"함", "ham"},
    {"변", "pyon byeon byun"},
    {"렴", "ryom yom yeom"},
    {"염", "yom yeom ryom"},
    {"려", "ryo yo yeo"},
    {"여", "yo yeo ryo"},
    {"추", "chu choo"},
    {"도", "to do"},
    {"소", "so soh"},
    {"석", "sok seok suk"},
    {"선", "son seon sun"},
    {"설", "sol seol sul"},
    {"마", "ma"},
    {"길", "kil gil"},
    {"련", "ryon yon yeon"},
    {"연", "yon yeon"},
    {"위", "wi wee"},
    {"표", "pyo phyo"},
    {"명", "myong myeong myung"},
    {"기", "ki gi"},
    {"반", "pan ban"},
    {"왕", "wang"},
    {"금", "kum geum keum"},
    {"옥", "ok"},
    {"륙", "ryuk yuk"},
    {"육", "yuk ryuk"},
    {"인", "in"},
    {"맹", "maeng"},
    {"제", "je che"},
    {"모", "mo"},
    {"탁", "thak tak"},
    {"국", "kuk guk"},
    {"은", "un eun"},
    {"편", "phyon pyon pyeon"},
    {"룡", "ryong yong"},
    {"용", "yong ryong"},
    {"예", "ye"},
    {"경", "kyong gyeong kyung"},
    {"봉", "pong bong"},
    {"사", "sa"},
    {"부", "pu bu"},
    {"가", "ka ga"},
    {"태", "thae tae"},
    {"계", "kye gye"},
    {"두", "tu du"},
    {"형", "hyong hyeong hyung"},
    {"라", "ra na"},
    {"나", "na ra"},
    {"빈", "pin bin"},
    {"순", "sun soon"},
    {"상", "sang"},
    {"승", "sung seung"},
    {"호", "ho"},
    {"남궁", "namgung namkung"},
    {"황보", "hwangbo"},
    {"제갈", "jegal chegal"},
    {"선우", "sonu seonu sunwoo"},
    {"독고", "tokko dokgo"},
    {"사공", "sagong"},
    {"서문", "somun seomun"},
    {"동방", "tongbang dongbang"},
    {"을지", "ulji eulji"},
    {"황목", "hwangmok"},
    {"망절", "mangjol mangjeol"},
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

bool IsTwoSyllableSurname(std::string_view hangul) {
  // Hangul syllables are 3 bytes in UTF-8.
  return hangul.size() == 6 && Find(hangul) != nullptr;
}

}  // namespace korean_internal
}  // namespace embargo
