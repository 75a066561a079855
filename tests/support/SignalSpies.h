#pragma once

#include <QSignalSpy>

#include <array>

// Spies on several signals of one object at once, in the order given, each under its own name:
//   auto [shown, confirmed] = spyOn(&toggle, &StatusToggle::shown, &StatusToggle::confirmed);
template<typename Object, typename... Signals>
std::array<QSignalSpy, sizeof...(Signals)> spyOn(const Object *object, Signals... spied)
{
    return {QSignalSpy(object, spied)...};
}
