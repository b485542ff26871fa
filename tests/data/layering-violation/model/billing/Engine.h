#pragma once

// Test fixture for the layering check: billing must not include io.
#include "model/io/Report.h"
