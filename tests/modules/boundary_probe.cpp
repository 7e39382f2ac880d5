// SPDX-License-Identifier: MIT
// Must NOT compile (CTest build/module_boundary): it is built with graph/'s include
// directories, and graph/ does not link exporters/.
#include "exporters/exporter.hpp"
