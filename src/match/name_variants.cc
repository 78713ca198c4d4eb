#include "match/name_variants.h"

#include <utility>
#include <vector>

#include "index/candidate_index.h"

namespace embargo::match {
namespace {

// One line a name. Arabic first (the article, also as the sun letter after it sounds it:
// ar-Rahman, ur-Rehman, ud-Din; kunya and nasab particles; then given names, with their
// Somali spellings: c for the ayn, x for the ha, long vowels doubled), then
// Russian and other Slavic given names as the passport, BGN/PCGN and English systems write them,
// and Ukrainian ones as Ukrainian and Russian spell them, with their familiar forms (Sasha,
// Volodya); then English and Spanish given names and theirs.
constexpr std::string_view kGroups[] = {
    "al el ul il ar ur ad ud ash ush az uz",
    "abu abou abo aboo",
    "ibn bin ben",
    "abd abdul abdel abdal abdoul abdol abdu abdil abdar abdur abdas abdus abdad abdan abdat "
    "abdaz abdash",
    "abdullah abdallah abdulla abdellah abdalla abdullahi abdillahi abdilahi abdulahi abdallahi "
    "cabdullaahi cabdullahi cabdulaahi cabdilaahi cabdillaahi cabdullaah cabdullah",
    "abdulrahman abdelrahman abdurrahman abdurahman abderrahmane abderrahman abdarrahman "
    "abdirahman cabdiraxmaan cabdiraxman cabdirahman",
    "mohammed mohammad muhammad muhammed mohamed mohamad muhamad muhamed mohd mhd md maxamed "
    "maxammed maxamad",
    "ahmed ahmad ahmet akhmed akhmad axmed axmad",
    "mahmoud mahmud mahmood mehmood maxamuud",
    "mustafa mustapha moustafa mostafa mustafo",
    "hussein husain husayn hussain hossein houssein husein hussien xuseen xusseen",
    "hassan hasan hassen xasan xassan",
    "yusuf youssef yousef yousif yusif youcef yousuf yussuf yuusuf",
    "umar omar omer cumar",
    "uthman othman osman usman cismaan",
    "khalid khaled",
    "khalil khaleel",
    "ibrahim ebrahim ibraheem brahim ibraahim",
    "ismail ismael esmail ismaeel ismaaciil",
    "said saeed saied",
    "sayed sayyid saiyid syed sayid",
    "salih saleh",
    "abdulaziz abdelaziz abdiaziz cabdicasiis cabdicasis",
    "yahya yahia yehia",
    "ali aly cali",
    "abdi cabdi",
    "abdulle cabdulle",
    "abdulkadir abdulqadir abdikadir abdiqadir cabdulqaadir cabdiqaadir",
    "jamal gamal djamel",
    "jaber jabir",
    "nasser nasir nassir naser",
    "faisal faysal faycal feisal",
    "aleksandr alexander aleksander alexandr oleksandr sasha",
    "aleksey alexey alexei aleksei oleksii oleksiy alyosha lyosha",
    "andrey andrei andriy",
    "dmitry dmitri dmitriy dmytro dima",
    "yevgeny evgeny evgeniy yevgeniy evgenii yevhen zhenya",
    "sergey sergei serhiy seryozha",
    "yuri yury yuriy iouri yurii yura",
    "nikolay nikolai mykola kolya",
    "mikhail michail mykhailo mykhaylo mikhaylo mikhael michael misha",
    "viktor victor vitya",
    "vyacheslav viacheslav",
    "vladimir volodymyr volodya vova",
    "aleksandrovich alexandrovich oleksandrovych",
    "alekseyevich alekseevich alexeyevich alexeevich",
    "sergeyevich sergeevich serhiyovych serhiiovych",
    "nikolayevich nikolaevich mykolayovych mykolaiovych",
    "yevgenyevich evgenievich evgenyevich",
    "valery valeriy valeri",
    "anatoly anatoliy anatoli anatolii tolya",
    "arkady arkadiy arkadi",
    "grigory grigoriy grigori hryhoriy hryhorii grisha",
    "georgy georgiy georgi heorhiy heorhii",
    "gennady gennadiy gennadi hennadiy hennadii",
    "vasily vasiliy vasili vasyl",
    "yakov iakov",
    "pyotr petr petro petya",
    "fyodor fedor fedir fedya",
    "semyon semen",
    // Ukrainian names as Ukrainian spells them (h for the Russian g, y for i) and as Russian does.
    "igor ihor",
    "oleg oleh",
    "pavel pavlo",
    "vitaly vitaliy vitali vitalii",
    "konstantin kostiantyn kostyantyn kostya",
    "boris borys borya",
    "denis denys",
    "maksim maxim maksym",
    "kirill kyrylo",
    "bogdan bohdan",
    "vladislav vladyslav",
    "valentin valentyn",
    "vadim vadym",
    "vladimirovich volodymyrovych",
    "ivanovich ivanovych",
    "petrovich petrovych",
    "viktorovich viktorovych victorovich",
    "mikhailovich mykhailovych",
    "vasilyevich vasilevich vasylyovych",
    "yuryevich yurievich yuriyovych",
    "anatolyevich anatolievich anatoliyovych",
    "igorevich ihorovych",
    "olegovich olehovych",
    "borisovich borysovych",
    "pavlovich pavlovych",
    "fyodorovich fedorovich fedorovych",
    "dmitriyevich dmitrievich dmytrovych",
    // English given names and their familiar forms, where a form stands for one name only (Al,
    // Pat, Chris and Ben stand for several and are left out).
    "robert bob bobby rob robbie",
    "william bill billy",
    "richard dick rick ricky",
    "edward eddie ted",
    "james jim jimmy",
    "john johnny",
    "michael mike",
    "thomas tom tommy",
    "joseph joe joey",
    "charles charlie chuck",
    "anthony tony",
    "daniel danny",
    "david dave",
    "howard howie",
    "lawrence larry",
    "margaret peggy peggie maggie",
    "elizabeth liz lizzie betty betsy",
    "katherine catherine kathy cathy",
    "jennifer jenny",
    "deborah debbie",
    "nicholas nick",
    "matthew matt",
    "samuel sam",
    "steven stephen steve",
    "timothy tim",
    "kenneth ken",
    "ronald ron",
    "frederick fred freddie",
    "ivan vanya",
    // Spanish given names and theirs.
    "jose pepe",
    "francisco paco pancho",
    "ignacio nacho",
    "guadalupe lupe",
    "guillermo memo",
    "manuel manolo",
};

// Every spelling by the hash its token already has (index::HashKey), in an open-addressing
// table at most a quarter full: a token not in it, as most are, costs one probe.
class Table {
 public:
  Table() {
    std::vector<std::pair<std::string_view, uint16_t>> spellings;
    uint16_t group = 0;
    for (std::string_view line : kGroups) {
      ++group;
      size_t start = 0;
      while (start < line.size()) {
        size_t end = line.find(' ', start);
        if (end == std::string_view::npos) end = line.size();
        spellings.emplace_back(line.substr(start, end - start), group);
        start = end + 1;
      }
    }
    size_t size = 1;
    while (size < 4 * spellings.size()) size *= 2;
    slots_.resize(size);
    for (const auto& [spelling, g] : spellings) {
      const uint64_t hash = index::HashKey(spelling);
      Slot& slot = slots_[Find(spelling, hash)];
      if (slot.hash == 0) slot = {hash, g, spelling};  // a spelling keeps its first group
    }
  }
  uint16_t Group(std::string_view token, uint64_t hash) const {
    return slots_[Find(token, hash)].group;
  }

 private:
  struct Slot {
    uint64_t hash = 0;  // 0: empty (HashKey never returns 0)
    uint16_t group = 0;
    std::string_view spelling;
  };
  // The slot of `token`, or the empty one where it would go.
  size_t Find(std::string_view token, uint64_t hash) const {
    const size_t mask = slots_.size() - 1;
    size_t i = hash & mask;
    while (slots_[i].hash != 0 && (slots_[i].hash != hash || slots_[i].spelling != token))
      i = (i + 1) & mask;
    return i;
  }
  std::vector<Slot> slots_;
};

const Table& TheTable() {
  static const Table table;
  return table;
}

}  // namespace

uint16_t NameVariantGroup(std::string_view token) {
  return TheTable().Group(token, index::HashKey(token));
}

uint16_t NameVariantGroup(std::string_view token, uint64_t hash) {
  return TheTable().Group(token, hash);
}

}  // namespace embargo::match
