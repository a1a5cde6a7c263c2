namespace PyNet.Runtime;
