namespace PyNet.Interop;
