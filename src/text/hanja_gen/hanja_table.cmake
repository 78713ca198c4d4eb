# Korean and Mandarin readings of Han characters for src/text/hanja.cc, compiled at build time
# from the Unihan database that Debian's package unicode-data installs (scripts/setup).
set(EMBARGO_UNIHAN_READINGS "/usr/share/unicode/Unihan_Readings.txt.bz2"
    CACHE FILEPATH "Unihan_Readings.txt, plain or bzip2-compressed")
set(embargo_hanja_table "${CMAKE_BINARY_DIR}/generated/text/hanja_table.inc")
add_executable(embargo_hanja_table_gen "${CMAKE_CURRENT_LIST_DIR}/hanja_table_gen.cc")
if(EXISTS "${EMBARGO_UNIHAN_READINGS}")
  if(EMBARGO_UNIHAN_READINGS MATCHES "\\.bz2$")
    find_program(EMBARGO_BZCAT bzcat REQUIRED)
    set(reader "${EMBARGO_BZCAT}")
  else()
    set(reader cat)
  endif()
  add_custom_command(
    OUTPUT "${embargo_hanja_table}"
    COMMAND sh -c "\"$1\" \"$2\" | \"$3\" > \"$4\"" hanja_table
            "${reader}" "${EMBARGO_UNIHAN_READINGS}" "$<TARGET_FILE:embargo_hanja_table_gen>"
            "${embargo_hanja_table}"
    DEPENDS embargo_hanja_table_gen "${EMBARGO_UNIHAN_READINGS}"
    COMMENT "Compiling Han character readings from Unihan"
    VERBATIM)
else()
  message(WARNING "${EMBARGO_UNIHAN_READINGS} not found (Debian package unicode-data): "
                  "Han characters will have no Korean or Mandarin readings")
  file(WRITE "${embargo_hanja_table}"
       "inline constexpr char kHanjaPool[] = \"\";\n"
       "inline constexpr HanjaRow kHanjaRows[] = {{0, 0, 0}};\n")
endif()
target_sources(embargo_text PRIVATE "${embargo_hanja_table}")
target_include_directories(embargo_text PRIVATE "${CMAKE_BINARY_DIR}/generated")
