#pragma once
#include "core/journal/Change.h"
