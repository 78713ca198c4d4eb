# Learned transliteration tables for src/text/learned_tables.cc, compiled at build time from
# data/transliteration (written by tools/learned_translit_train.cc, which is built here but
# only run by hand: see data/transliteration/README.md).
set(embargo_learned_dir "${CMAKE_SOURCE_DIR}/data/transliteration")
set(embargo_learned_table "${CMAKE_BINARY_DIR}/generated/text/learned_tables.inc")
add_executable(embargo_learned_table_gen "${CMAKE_CURRENT_LIST_DIR}/learned_table_gen.cc")
file(GLOB embargo_learned_files CONFIGURE_DEPENDS "${embargo_learned_dir}/*.tsv")
set(embargo_learned_args "${embargo_learned_dir}/latin_lexicon.tsv")
foreach(script Hangul Han Arabic Cyrillic)
  string(TOLOWER ${script} file)
  list(APPEND embargo_learned_args ${script} "${embargo_learned_dir}/${file}_chunks.tsv"
       "${embargo_learned_dir}/${file}_ngrams.tsv" "${embargo_learned_dir}/${file}_graphones.tsv")
endforeach()
add_custom_command(
  OUTPUT "${embargo_learned_table}"
  COMMAND embargo_learned_table_gen "${embargo_learned_table}" ${embargo_learned_args}
  DEPENDS embargo_learned_table_gen ${embargo_learned_files}
  COMMENT "Compiling the learned transliteration tables"
  VERBATIM)
target_sources(embargo_text PRIVATE "${embargo_learned_table}")
target_include_directories(embargo_text PRIVATE "${CMAKE_BINARY_DIR}/generated")

if(EMBARGO_TESTS AND NOT EMBARGO_FUZZ)
  add_executable(embargo_learned_translit_train
                 "${CMAKE_SOURCE_DIR}/tools/learned_translit_train.cc"
                 "${CMAKE_SOURCE_DIR}/tools/learned_translit_tune.cc"
                 "${CMAKE_SOURCE_DIR}/tools/learned_translit_joint.cc"
                 "${CMAKE_SOURCE_DIR}/tools/learned_translit_aliases.cc"
                 "${CMAKE_CURRENT_LIST_DIR}/latin_lexicon.cc")
  target_link_libraries(embargo_learned_translit_train PRIVATE embargo_text)
  target_compile_definitions(embargo_learned_translit_train PRIVATE
                             EMBARGO_SHARED_DIR="${EMBARGO_SHARED_DIR}"
                             EMBARGO_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
endif()
