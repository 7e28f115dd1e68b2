var TOOL_NAMES={k6:"k6",artillery:"Artillery",jmeter:"JMeter",locust:"Locust",gatling:"Gatling",taurus:"Taurus"};function toolName(tool){return TOOL_NAMES[tool]??tool}export{toolName};
