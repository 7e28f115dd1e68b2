var toolName=(function toolName(tool){return TOOL_NAMES[tool]??tool});
var TOOL_NAMES={k6:"k6",artillery:"Artillery",jmeter:"JMeter",locust:"Locust",gatling:"Gatling",taurus:"Taurus"};export{toolName};
