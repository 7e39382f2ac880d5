# SPDX-License-Identifier: MIT
# Writes ${OUT}: a C++ file defining `const std::string_view ${NAMESPACE}::${SYMBOL}`
# with the text of ${IN}.
file(READ ${IN} text)
string(LENGTH "${text}" len)
set(chunks "\"\"\n")
set(pos 0)
# Compilers limit the size of one string literal; emit 8 KiB raw-string pieces.
while(pos LESS len)
  string(SUBSTRING "${text}" ${pos} 8192 piece)
  string(APPEND chunks "R\"kgf_raw(${piece})kgf_raw\"\n")
  math(EXPR pos "${pos} + 8192")
endwhile()
file(WRITE ${OUT} "// Generated from ${IN}; do not edit.\n#include <string_view>\nnamespace ${NAMESPACE} {\nextern const std::string_view ${SYMBOL};\nconst std::string_view ${SYMBOL} =\n${chunks};\n}\n")
